package org.samverkan.communications.notice;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The notice version an If-Match header names: {@code "7"}, {@code 7} or {@code W/"7"}; absent means no check. */
final class ExpectedVersion {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private ExpectedVersion() {
    }

    static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Bad If-Match", "If-Match must be the notice's version, e.g. \"3\"",
                    List.of(new FieldProblem("If-Match", "not a notice version: " + ifMatch)));
        }
        return Long.parseLong(m.group(1));
    }
}
