/**
 * Steps taken by the scanners and matchers: characters visited, words compared, phrase positions
 * tried. Growth tests compare these counts for an input and ten times that input, so they prove
 * linear time without a clock (a clock on a shared machine flakes; a count never does). A scanner
 * counts the distance it actually covered, so a search put back to run to the end of the note
 * instead of the end of the line shows up as quadratic growth. One addition per step: cheap enough
 * to stay on in production.
 */
export const work = { steps: 0 };
