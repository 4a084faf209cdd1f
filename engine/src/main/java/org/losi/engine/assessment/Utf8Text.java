package org.losi.engine.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole input file as UTF-8, with or without a byte-order mark. Bytes that are not UTF-8 (a spreadsheet saved
 * in a Windows code page, say) fail with the line they are on instead of turning into replacement characters.
 */
final class Utf8Text {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {}

    static String read(Path file) {
        byte[] bytes = bytesOf(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, bytes, in.position(), e);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InputException notUtf8(Path file, byte[] bytes, int position, Exception cause) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        String bad = position < bytes.length ? String.format(" 0x%02X", bytes[position] & 0xFF) : "";
        return new InputException(
                file.toString(),
                line,
                0,
                "byte" + bad + " is not UTF-8; save the file as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)",
                cause);
    }
}
