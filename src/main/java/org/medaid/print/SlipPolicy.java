package org.medaid.print;

import java.util.List;
import java.util.Optional;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;

/** The policy a bill was settled under, as printed: name, document number, and its figures. */
public record SlipPolicy(String name, String document, List<Param> parameters) {

    public SlipPolicy {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static SlipPolicy of(Policy policy) {
        return new SlipPolicy(policy.name(), policy.document(), policy.parameters());
    }

    /** The figure a result's unconfirmed name refers to, if the policy holds it under that name. */
    public Optional<Param> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
