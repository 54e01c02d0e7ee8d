package org.homecare.contracts.events;

/** An event that no retry will make readable; consumers send it to the dead-letter topic with this message. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
