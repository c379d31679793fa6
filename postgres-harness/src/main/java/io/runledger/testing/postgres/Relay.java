package io.runledger.testing.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay in front of the test server, standing in for the network path to it: {@link #cut()}
 * drops every relayed connection and refuses new ones, as a server that went down would;
 * {@link #restore()} brings it back. {@link #partition()} is a silent partition instead: every socket
 * stays open and new connections are still accepted, but nothing is forwarded either way (not even a
 * close) until {@link #heal()}, as when packets are dropped and no RST arrives. Counts the
 * connections it accepted.
 */
public final class Relay implements AutoCloseable {
    private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/");

    private final InetSocketAddress server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final int port;
    private volatile ServerSocket listener;
    private boolean partitioned;

    private Relay(InetSocketAddress server) throws IOException {
        this.server = server;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    /** A relay to the server {@code url} names. */
    public static Relay to(String url) throws IOException {
        Matcher m = HOST_PORT.matcher(url);
        if (!m.find()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/ URL: " + url);
        }
        return new Relay(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
    }

    /** {@code url} with its host and port replaced by this relay's. */
    public String through(String url) {
        return HOST_PORT.matcher(url).replaceFirst("jdbc:postgresql://127.0.0.1:" + port + "/");
    }

    /** How many connections the relay has accepted. */
    public int accepted() {
        return accepted.get();
    }

    /** Stops forwarding, closing nothing: both ends see silence. */
    public synchronized void partition() {
        partitioned = true;
    }

    /** Forwards again, what was held back first. */
    public synchronized void heal() {
        partitioned = false;
        notifyAll();
    }

    /** Closes every relayed connection and refuses new ones. */
    public synchronized void cut() throws IOException {
        heal();
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = again;
        startAccepting(again);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void startAccepting(ServerSocket socket) {
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    relay(socket.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "relay-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket client) throws IOException {
        accepted.incrementAndGet();
        Socket upstream = new Socket(server.getAddress(), server.getPort());
        // Forward each message at once, as the driver and the server themselves send them.
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    awaitForwarding();
                    out.write(buffer, 0, n);
                    out.flush();
                }
                awaitForwarding();
            } catch (IOException | InterruptedException e) {
                // the other side closed, or the relay was cut: either way this direction is over
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized void awaitForwarding() throws InterruptedException {
        while (partitioned) {
            wait();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
