package factcheck.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The daemon's wire format, both directions on one socket. The client sends the protocol version
 * and the command's arguments (paths already absolute); the daemon answers with frames: output and
 * error bytes as the command prints them, then the exit status, or "stale" when the daemon runs
 * other code than the client's launcher would (the jar was rebuilt) and is about to exit.
 */
final class Frames {

    static final int VERSION = 2;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte STALE = 4;

    private Frames() {}

    /** A request in a protocol version other than this one. */
    static final class OtherVersion extends IOException {
        OtherVersion(int version) {
            super("protocol version " + version + ", expected " + VERSION);
        }
    }

    /** A request: the client's code (see {@link CodeStamp}) and the command's arguments. */
    record Request(String code, List<String> args) {}

    static void writeRequest(DataOutputStream out, String code, List<String> args) throws IOException {
        out.writeInt(VERSION);
        writeLong(out, code);
        out.writeInt(args.size());
        for (String a : args) out.writeUTF(a);
        out.flush();
    }

    /** A request; an {@link IOException} for another protocol version. */
    static Request readRequest(DataInputStream in) throws IOException {
        int version = in.readInt();
        if (version != VERSION) throw new OtherVersion(version);
        String code = readLong(in);
        int n = in.readInt();
        if (n < 0 || n > 1000) throw new IOException("bad argument count " + n);
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) args.add(in.readUTF());
        return new Request(code, args);
    }

    /** A string of any length (writeUTF stops at 64 KB; a class path can be longer). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("bad length " + n);
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An output stream whose bytes reach the client as frames of one kind; shares the socket, so locks it. */
    static OutputStream stream(DataOutputStream socket, byte kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) return;
                synchronized (socket) {
                    socket.writeByte(kind);
                    socket.writeInt(len);
                    socket.write(b, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (socket) {
                    socket.flush();
                }
            }
        };
    }

    static void writeStatus(DataOutputStream socket, byte kind, int code) throws IOException {
        synchronized (socket) {
            socket.writeByte(kind);
            socket.writeInt(code);
            socket.flush();
        }
    }
}
