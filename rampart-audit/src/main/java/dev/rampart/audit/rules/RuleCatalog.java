package dev.rampart.audit.rules;

import dev.rampart.audit.Rule;
import dev.rampart.audit.rules.api1.Api1Rules;
import dev.rampart.audit.rules.api10.Api10Rules;
import dev.rampart.audit.rules.api2.Api2Rules;
import dev.rampart.audit.rules.api3.Api3Rules;
import dev.rampart.audit.rules.api4.Api4Rules;
import dev.rampart.audit.rules.api5.Api5Rules;
import dev.rampart.audit.rules.api6.Api6Rules;
import dev.rampart.audit.rules.api7.Api7Rules;
import dev.rampart.audit.rules.api8.Api8Rules;
import dev.rampart.audit.rules.api9.Api9Rules;
import dev.rampart.audit.rules.structure.StructureRules;
import java.util.ArrayList;
import java.util.List;

/** Every built-in rule, grouped by OWASP category; structural rules last. */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(Api1Rules.all());
        rules.addAll(Api2Rules.all());
        rules.addAll(Api3Rules.all());
        rules.addAll(Api4Rules.all());
        rules.addAll(Api5Rules.all());
        rules.addAll(Api6Rules.all());
        rules.addAll(Api7Rules.all());
        rules.addAll(Api8Rules.all());
        rules.addAll(Api9Rules.all());
        rules.addAll(Api10Rules.all());
        rules.addAll(StructureRules.all());
        return List.copyOf(rules);
    }
}
