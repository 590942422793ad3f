package org.alumniportal.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;

class QrCodesTest {

    /** A verify link of the shape the alumni card uses: a production-length host and a 50-character token. */
    private static final String LINK = "https://alumni.university.example/api/alumni-card/verify?token=";

    @Test
    void aThousandRandomTokenLinksAllDecodeWithAPlainReader() throws IOException {
        SecureRandom random = new SecureRandom();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            byte[] token = new byte[37];
            random.nextBytes(token);
            String text = LINK + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
            // The reader a phone-like scan uses: no PURE_BARCODE or TRY_HARDER hints.
            String read = decode(QrCodes.png(text, QrCodes.DEFAULT_SIZE));
            if (!text.equals(read)) {
                failures.add(text);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aCardLinkNeedsALowVersion() {
        String text = LINK + "A".repeat(50);
        assertThat(QrCodes.version(text)).isLessThanOrEqualTo(7);
    }

    @Test
    void theImageHasTheQuietZoneTheStandardAsksFor() throws IOException {
        String text = LINK + "A".repeat(50);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, QrCodes.DEFAULT_SIZE)));
        int modules = 17 + 4 * QrCodes.version(text) + 2 * QrCodes.QUIET_ZONE_MODULES;
        int quietPixels = QrCodes.DEFAULT_SIZE * QrCodes.QUIET_ZONE_MODULES / modules;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < quietPixels; y++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(y, x) & 0xFFFFFF).as("pixel %d,%d", y, x).isEqualTo(0xFFFFFF);
            }
        }
    }

    static String decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
