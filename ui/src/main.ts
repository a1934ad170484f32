import "./fonts/inter.css";
import "./theme.css";
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { startAppearance } from "./lib/appearance/appearance.svelte";
import { startLanguage } from "./lib/i18n/i18n.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("Kindly: #app element missing from index.html");

// Colours and text size first, so even the first screen shows them.
startAppearance();
// The chosen language's words (only its own files are fetched) before any
// screen shows one. Not a top-level await: the screens loaded later import
// from the start script, and must never wait on a module still evaluating.
void startLanguage().then(() => mount(App, { target }));
