// One import point for the generated bindings, so components need not know file names.
export type { Birthday } from "./bindings/Birthday";
export type { ContactChannel } from "./bindings/ContactChannel";
export type { Customer } from "./bindings/Customer";
export type { CustomerInput } from "./bindings/CustomerInput";
export type { CustomerSummary } from "./bindings/CustomerSummary";
export type { EmailInput } from "./bindings/EmailInput";
export type { ErrorCode } from "./bindings/ErrorCode";
export type { ErrorPayload } from "./bindings/ErrorPayload";
export type { NotebookInfo } from "./bindings/NotebookInfo";
export type { Phone } from "./bindings/Phone";
export type { PhoneInput } from "./bindings/PhoneInput";
export type { TrashedCustomer } from "./bindings/TrashedCustomer";
