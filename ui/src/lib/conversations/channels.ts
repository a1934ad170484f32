import type { Channel } from "../api/types";
import { t } from "../i18n/i18n.svelte";

/** Each kind's message in locales/<language>/conversations.ftl. */
const IDS: Record<Channel, string> = {
  call_in: "conversations-call-in",
  call_out: "conversations-call-out",
  visit: "conversations-visit",
  email: "conversations-email",
  message: "conversations-message",
  card_sent: "conversations-card-sent",
  note: "conversations-note",
};

/** How a conversation happened, in the order the form offers them; `label` in the chosen language. */
export const CONVERSATION_CHANNELS: ReadonlyArray<{ value: Channel; readonly label: string }> = (
  ["call_in", "call_out", "visit", "email", "message", "card_sent", "note"] as const
).map((value) => ({
  value,
  get label() {
    return t(IDS[value]);
  },
}));

export function conversationChannelLabel(channel: Channel): string {
  const id = IDS[channel] as string | undefined;
  return t(id ?? "conversations-conversation");
}
