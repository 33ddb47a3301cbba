package org.samverkan.inventory.need;

/** The quantity rule for a need's progress: nothing delivered is OPEN, some is PARTIALLY_MET, all (or more) is MET. */
final class NeedProgress {
    private NeedProgress() {
    }

    static NeedStatus status(int quantity, int delivered) {
        if (delivered <= 0) {
            return NeedStatus.OPEN;
        }
        return delivered < quantity ? NeedStatus.PARTIALLY_MET : NeedStatus.MET;
    }
}
