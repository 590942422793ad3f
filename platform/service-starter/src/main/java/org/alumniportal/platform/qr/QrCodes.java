package org.alumniportal.platform.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes as PNG. Error correction M (15 %) and the quiet zone of 4 modules that ISO/IEC 18004 asks for: a
 * phone reading a code off a screen or a crumpled print needs both. Keep payloads short (a compact token, not
 * a long URL query) so the code stays at a low version with large modules.
 */
public final class QrCodes {

    public static final int DEFAULT_SIZE = 360;
    public static final int QUIET_ZONE_MODULES = 4;
    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

    private QrCodes() {
    }

    /**
     * The PNG of {@code text}, {@code size} pixels square (quiet zone included). Each code is read back before
     * it is handed out: with the mask the encoder's penalty rule picks, ZXing's plain reader misses about 3 % of
     * valid codes (some data patterns pass for finder patterns), so such a code is drawn again with the next
     * mask that reads. The result depends only on the text, so the same text always gives the same image.
     */
    public static byte[] png(String text, int size) {
        BufferedImage first = null;
        for (Integer mask : MASKS) {
            BufferedImage image = MatrixToImageWriter.toBufferedImage(encode(text, size, mask));
            if (readsBack(image, text)) {
                return toPng(image);
            }
            if (first == null) {
                first = image;
            }
        }
        return toPng(first);
    }

    /** The encoder's own choice first (null), then every mask pattern. */
    private static final List<Integer> MASKS = Arrays.asList(null, 0, 1, 2, 3, 4, 5, 6, 7);

    private static BitMatrix encode(String text, int size, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, LEVEL);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code", e);
        }
    }

    private static boolean readsBack(BufferedImage image, String text) {
        try {
            return text.equals(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static byte[] toPng(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR version (1–40) {@code text} needs: the smaller, the larger and easier to scan its modules. */
    public static int version(String text) {
        try {
            return Encoder.encode(text, LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getVersion()
                    .getVersionNumber();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code", e);
        }
    }
}
