// Runs the library's simulation off the page's thread, so that the page stays responsive.
export {}
