package org.samverkan.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A value that reads well but lies outside {@link InputBounds}: a rule violation (422), naming the field by its path. */
final class OutOfBoundsException extends DatabindException {
    OutOfBoundsException(JsonParser parser, String message) {
        super(parser, message);
    }
}
