package dev.rampart.audit.rules.api8;

import dev.rampart.audit.rules.Hosts;
import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.Confidence;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Server;
import java.util.Locale;

/** Servers reached over plain http://. */
public final class InsecureServerTransportRule extends AbstractRule {
    public InsecureServerTransportRule() {
        super("server-insecure-transport", OwaspCategory.API8, 319, Severity.HIGH,
                "Server URL uses unencrypted HTTP",
                "Over plain HTTP, credentials, tokens, cookies and response data travel in clear text and can be "
                        + "read or modified by anyone on the network path; an http:// server in the contract also "
                        + "invites clients to use it.",
                "Serve the API over HTTPS only (TLS 1.2+), list only https:// servers (Swagger 2.0: schemes: [https]), "
                        + "redirect or refuse plain HTTP and send Strict-Transport-Security.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Server s : ctx.model().servers()) {
            if (!s.url().toLowerCase(Locale.ROOT).startsWith("http://")) {
                continue;
            }
            String host = Hosts.host(s.url());
            if (Hosts.isLoopback(host)) {
                ctx.report(s.node(), "server '" + s.url() + "' uses plain HTTP (loopback host, local development only)",
                        Severity.LOW, Confidence.FIRM);
            } else {
                ctx.report(s.node(), "server '" + s.url() + "' uses plain HTTP: traffic, credentials and tokens are not encrypted",
                        Severity.HIGH, Confidence.FIRM);
            }
        }
    }
}
