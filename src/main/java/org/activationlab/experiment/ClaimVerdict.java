package org.activationlab.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A verdict on one claim with the sentence of numbers behind it.
 *
 * @param claim    which claim
 * @param verdict  what the numbers say
 * @param evidence one sentence with the measured numbers
 */
@JsonPropertyOrder({"id", "claim", "verdict", "evidence"})
public record ClaimVerdict(@JsonProperty("id") Claim claim, Verdict verdict, String evidence) {

    @JsonProperty("claim")
    public String statement() {
        return claim.statement();
    }
}
