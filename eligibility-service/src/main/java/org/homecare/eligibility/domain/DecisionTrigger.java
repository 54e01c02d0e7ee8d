package org.homecare.eligibility.domain;

/** What made a decision; stored by name in eligibility_decision.decision_trigger and shown as such. */
public enum DecisionTrigger {
    REGISTERED, FACTS_CHANGED, ASSESSMENT_RECORDED, DEATH_RECORDED, RECERTIFICATION, DAILY
}
