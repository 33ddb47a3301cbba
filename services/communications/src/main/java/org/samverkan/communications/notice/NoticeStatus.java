package org.samverkan.communications.notice;

/** draft → in review → approved → published → updated (replaced by a later notice) or cancelled. */
public enum NoticeStatus { DRAFT, IN_REVIEW, APPROVED, PUBLISHED, UPDATED, CANCELLED }
