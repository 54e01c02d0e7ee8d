package org.homecare.deploy.stack;

/**
 * Entry point of {@code deploy/stack}: {@code up}, {@code down}, {@code status}, {@code restart NAME}, {@code reset},
 * {@code clock <instant>}, {@code kafka TOOL [args...]}.
 */
public final class Stack {

    private Stack() {
    }

    public static void main(String[] args) {
        System.exit(StackCli.run(args));
    }
}
