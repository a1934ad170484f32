import type { Channel } from "../api/types";

/** How a conversation happened, in the order the form offers them. */
export const CONVERSATION_CHANNELS: ReadonlyArray<{ value: Channel; label: string }> = [
  { value: "call_in", label: "Call in" },
  { value: "call_out", label: "Call out" },
  { value: "visit", label: "Visit" },
  { value: "email", label: "Email" },
  { value: "message", label: "Message" },
  { value: "card_sent", label: "Handwritten card sent" },
  { value: "note", label: "Note" },
];

export function conversationChannelLabel(channel: Channel): string {
  return CONVERSATION_CHANNELS.find((c) => c.value === channel)?.label ?? "Conversation";
}
