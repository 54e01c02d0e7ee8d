package org.homecare.provider.domain;

/** An action the current status does not allow; the message names the status. */
public class IllegalTransitionException extends RuntimeException {

    private final String currentStatus;

    public IllegalTransitionException(String what, String currentStatus, String action) {
        super(what + " is " + currentStatus + ": cannot " + action.toLowerCase());
        this.currentStatus = currentStatus;
    }

    public String currentStatus() {
        return currentStatus;
    }
}
