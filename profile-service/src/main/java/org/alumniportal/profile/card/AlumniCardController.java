package org.alumniportal.profile.card;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.qr.QrCodes;
import org.alumniportal.platform.security.CurrentUser;

@Tag(name = "Alumni ID card", description = "Digital alumni ID card with a QR code that anyone can verify")
@RestController
@RequestMapping("/api/alumni-card")
@Validated
class AlumniCardController {

    private final AlumniCardService cards;

    AlumniCardController(AlumniCardService cards) {
        this.cards = cards;
    }

    @Operation(summary = "Generate my alumni card", description = "Only for a VERIFIED profile (else 409 "
            + "profile-not-verified). Generating again replaces the card: the previous QR code reads REVOKED.")
    @PostMapping({"", "/generate"})
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CardView> generate(CurrentUser user) {
        return ResponseEntity.created(URI.create("/api/alumni-card/me")).body(cards.generate(user));
    }

    @Operation(summary = "My alumni card", description = "Status ACTIVE, EXPIRED or REVOKED; verifyUrl is what "
            + "the QR code encodes. 404 card-not-found before the first generation.")
    @GetMapping("/me")
    CardView mine(CurrentUser user) {
        return cards.mine(user);
    }

    @Operation(summary = "The alumni card of a user (the holder or an admin)", description = "The same view as "
            + "/me. Anyone else gets 404 card-not-found, as for a user without a card, so a card's existence stays "
            + "private; others check a card by scanning its QR code (/verify).")
    @GetMapping("/{userId}")
    CardView ofUser(CurrentUser user, @PathVariable String userId) {
        return cards.of(userId, user);
    }

    @Operation(summary = "QR code of my card (PNG)", description = "Encodes verifyUrl; 409 card-not-active for "
            + "an expired or revoked card.")
    @GetMapping(value = "/me/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(CurrentUser user,
            @RequestParam(defaultValue = "" + QrCodes.DEFAULT_SIZE) @Min(120) @Max(1024) int size) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(cards.qrPng(user, size));
    }

    @Operation(summary = "Verify a scanned card (no login needed)", description = "Always 200: status VALID, "
            + "EXPIRED, REVOKED or INVALID; the holder (name, batch year, and degree and photo as the holder's "
            + "privacy settings allow) only for VALID.")
    @SecurityRequirements
    @GetMapping("/verify")
    ResponseEntity<CardVerification> verify(@RequestParam(required = false) String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(cards.verify(token));
    }

    @Operation(summary = "Verify a scanned card, token in the body (no login needed)")
    @SecurityRequirements
    @PostMapping("/verify")
    ResponseEntity<CardVerification> verifyPosted(@RequestBody(required = false) VerifyRequest request) {
        return verify(request == null ? null : request.token());
    }

    @Operation(summary = "Photo of a verified card's holder (no login needed)", description = "Only while the "
            + "token verifies VALID and the holder's profile is open to everyone signed in; else 404.")
    @SecurityRequirements
    @GetMapping("/verify/photo")
    ResponseEntity<InputStreamResource> photo(@RequestParam String token) {
        AlumniCardService.Photo photo = cards.photo(token);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.file().contentType()))
                .contentLength(photo.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("photo",
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(photo.content()));
    }

    record VerifyRequest(String token) {
    }
}
