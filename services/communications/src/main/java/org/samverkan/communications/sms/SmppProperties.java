package org.samverkan.communications.sms;

import java.time.Duration;

import org.jsmpp.bean.BindType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMSC connection ({@code samverkan.communications.sms.smpp.*}).
 *
 * @param host             the SMSC (or the local SMPP sink)
 * @param port             its SMPP port
 * @param systemId         the account the operator gave the municipality
 * @param password         its password
 * @param systemType       the system_type the operator asks for, often empty
 * @param bindType         TRX (default: one session sends and receives receipts and replies), or TX / RX
 * @param sourceAddress    the sender shown to recipients, and the number replies go to
 * @param window           submit_sm sent and not yet answered at most; the SMS channel's pool must not be larger
 * @param ratePerSecond    submit_sm per second at most (each part of a long text counts)
 * @param enquireLink      how often an idle session is checked with enquire_link (a dead one is then reconnected)
 * @param responseTimeout  how long a submit_sm waits for its answer
 * @param reconnectInitial the first pause before binding again after the session is lost; doubled up to
 * @param reconnectMax     this longest pause
 */
@ConfigurationProperties("samverkan.communications.sms.smpp")
public record SmppProperties(String host, Integer port, String systemId, String password, String systemType, BindType bindType,
                      String sourceAddress, Integer window, Integer ratePerSecond, Duration enquireLink,
                      Duration responseTimeout, Duration reconnectInitial, Duration reconnectMax) {
    public SmppProperties {
        host = host == null ? "localhost" : host;
        port = port == null ? 2775 : port;
        systemType = systemType == null ? "" : systemType;
        bindType = bindType == null ? BindType.BIND_TRX : bindType;
        sourceAddress = sourceAddress == null ? "Huddinge" : sourceAddress;
        window = window == null ? 10 : window;
        ratePerSecond = ratePerSecond == null ? 20 : ratePerSecond;
        enquireLink = enquireLink == null ? Duration.ofSeconds(30) : enquireLink;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(5) : responseTimeout;
        reconnectInitial = reconnectInitial == null ? Duration.ofSeconds(1) : reconnectInitial;
        reconnectMax = reconnectMax == null ? Duration.ofMinutes(1) : reconnectMax;
        if (window < 1 || ratePerSecond < 1) {
            throw new IllegalArgumentException("samverkan.communications.sms.smpp.window and rate-per-second must be at least 1");
        }
    }
}
