package org.homecare.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks with messages that say which component wanted the port and how to choose another. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now; the caller should bind it soon, another process may take it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on the loopback interface", e);
        }
    }

    /** True if something accepts TCP connections on the loopback port. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    public static boolean isInUse(int port) {
        if (listening(port)) {
            return true;
        }
        try (ServerSocket probe = new ServerSocket()) {
            // Nothing answered on loopback, but a listener on another interface still blocks the port.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException bound) {
            return true;
        }
    }

    /**
     * @param component what wanted the port, e.g. {@code kafka}
     * @param envVariable the environment variable that chooses another port, or null
     */
    public static void requireFree(int port, String component, String envVariable) {
        if (isInUse(port)) {
            String hint = envVariable == null ? "" : "; set " + envVariable + "=<another port>";
            throw new PortInUseException("port " + port + " (" + component + ") is already in use" + hint
                    + " or run deploy/stack down");
        }
    }

    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(String message) {
            super(message);
        }
    }
}
