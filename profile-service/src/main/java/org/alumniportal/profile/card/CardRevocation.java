package org.alumniportal.profile.card;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.alumniportal.profile.profile.ProfileRemoved;
import org.alumniportal.profile.profile.ProfileSaved;

/**
 * A card dies with its holder's verification: any save of a profile that is not VERIFIED (withdrawal by an admin,
 * or any later state) revokes an active card, and a deleted profile deletes it. Runs synchronously inside the
 * profile write, so the admin's answer already means "the card no longer verifies".
 */
@Component
class CardRevocation {

    private final AlumniCardService cards;

    CardRevocation(AlumniCardService cards) {
        this.cards = cards;
    }

    @EventListener
    void on(ProfileSaved event) {
        if (!event.profile().isVerified()) {
            cards.revoke(event.profile().getUserId(), "profile-unverified");
        }
    }

    @EventListener
    void on(ProfileRemoved event) {
        cards.forget(event.userId());
    }
}
