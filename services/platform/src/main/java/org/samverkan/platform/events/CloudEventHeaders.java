package org.samverkan.platform.events;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as {@code ce_*} headers,
 * the payload is the event data. {@code aggregateversion} is a CloudEvents extension attribute.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    /** Binary mode carries the data content type in the protocol's own header. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";
    /** W3C trace context of the request that caused the event, so traces cross the outbox and Kafka. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }
}
