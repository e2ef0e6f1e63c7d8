"""The notices of the play view: history not saved, sound unavailable, an action that failed,
and the captions and mute button of what is heard now."""

from __future__ import annotations

from .words import ui


class Notices:
    """The notices and the sound of ``PlayView``; the view builds the widgets they fill."""

    def _check_saving(self) -> None:
        if self.session is not None and self.session.save_error and not self._save_notice_done:
            self._save_notice_done = True
            self._show_save_notice()
            self.save_notice.show()

    def _show_save_notice(self) -> None:
        self.save_notice.set_text(ui(self.lang, "not_saved", error=self.session.save_error), self.lang)

    def _sound_unavailable(self, reason: str) -> None:
        self.sound_notice.set_text(ui(self.lang, f"sound_{reason}"), self.lang)
        self.sound_notice.show()
        self.mute_button.hide()

    def _toggle_mute(self, muted: bool) -> None:
        self.sound.set_muted(muted)
        self._label_mute()

    def _label_mute(self) -> None:
        muted = self.mute_button.isChecked()
        self._label_button(self.mute_button, "unmute" if muted else "mute", "mute_tip")

    def _show_sound(self) -> None:
        """Captions of what is heard now (always), and the sound itself where it can play."""
        from ...audio.state import sound_state   # after the first paint, like the rest of the core

        enc = self.encounter
        state = sound_state(enc)
        lines = state.captions(self.lang)
        self.captions.setText("\n".join(lines))
        self.captions.setAccessibleName(ui(self.lang, "captions", captions=" ".join(lines)))
        self.captions.setVisible(bool(lines))
        self._label_mute()
        self.mute_button.setVisible(bool(lines) and self.sound.enabled and self.sound.reason is None)
        if self.isVisible():
            self.sound.show(state, (len(enc.actions), enc.node_id))

    def _show_error(self, exc: Exception) -> None:
        self.error_notice.setText(ui(self.lang, "action_failed", error=str(exc)))
        self.error_notice.show()
