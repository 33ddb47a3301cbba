package org.samverkan.communications.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The capability in a delivery's link: {@code expiry.HMAC-SHA256(noticeId \n organizationId \n expiry)}. It lets an
 * intermediary answer without an account, only for that notice and that organisation, and only until it expires.
 * This is a signed link, not a login: it grants nothing but acknowledging and reporting relays of one delivery.
 */
@Component
public class AckTokens {
    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock;

    AckTokens(@Value("${samverkan.communications.token-secret:}") String secret,
              @Value("${samverkan.communications.token-lifetime:P14D}") Duration lifetime, Clock clock, Environment env) {
        this.secret = LinkSecret.check(env.matchesProfiles(LinkSecret.DEMO_PROFILE), secret);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String issue(String noticeId, String organizationId) {
        return issue(noticeId, organizationId, clock.instant().plus(lifetime));
    }

    public String issue(String noticeId, String organizationId, Instant expiry) {
        long seconds = expiry.getEpochSecond();
        return seconds + "." + sign(noticeId, organizationId, seconds);
    }

    /**
     * A phone number as a keyed hash (digits only, so +46… and 46… match): replies are matched to deliveries by it
     * without the number being stored anywhere but the inbox.
     */
    String pseudonym(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal(("sms\n" + number.replaceAll("[^0-9]", "")).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /**
     * The same check for another feature's link: {@code subject} names what the link is for, prefixed by that feature
     * (e.g. {@code translation-request:<id>}), so no link of one kind is ever valid as one of another.
     */
    public String problemWith(String token, String subject, String organizationId) {
        return problem(token, subject, organizationId);
    }

    /** Null if valid for exactly this notice and organisation and not expired; otherwise why not. */
    String problem(String token, String noticeId, String organizationId) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return "the link is malformed";
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return "the link is malformed";
        }
        byte[] expected = sign(noticeId, organizationId, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return "the link is not valid for this notice and organisation";
        }
        return clock.instant().getEpochSecond() < expiry ? null : "the link has expired";
    }

    private String sign(String noticeId, String organizationId, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((noticeId + "\n" + organizationId + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
