/** Every row of the set-aside table. */
declare const rows: SetAside[];
export default rows;

/** A row of the numbers set aside table. */
declare interface SetAside {
    /** Id of the source whose text states the number. */
    source: string;
    /** The number as written, as the build reads it: "tens of thousands", "second", "600", "a week". */
    span: string;
    /** A few words around the number, verbatim from the source, that occur there once (at most 80 characters: the articles themselves are not republished). */
    context: string;
    /** Why the number is not a figure. vague-amount: A scale without a value ("dozens", "tens of billions", "a few thousand"), so there is no number to record. repeat-of: Restates a number that a figure of the same source records, with the same value; the entry names the figure. other-unit: Restates the quantity of a figure in another unit ("(600 miles)" after "1,000 kilometers"); the entry names the figure. part-of-figure: Says what a figure counts, its period or a threshold ("in six months", "within 500 meters"), and is kept in that figure's label or period; the entry names the figure. rank: An ordinal: a place in an order or ranking ("second-largest", "the first war in which"), not an amount. not-a-quantity: Counts nothing the data could measure: a pronoun or idiom ("one of the", "at first"), the items of a list ("Three stand out", "one of his two key war aims"), named parties ("the two nations") or digits in a name ("F-35"). rhetorical: A number in a figure of speech or comparison that the text does not offer as a measurement ("anything agreed at the last three NATO summits combined"). relative-date: Dates something relative to the article ("just over a week ago"); dates are carried by the date fields of records. out-of-scope: A quantity stated as fact that bears on none of the report's topics (drones, the defense industry, air defense, strikes, cooperation, spending, manpower, proliferation, the war's course). */
    reason: 'vague-amount' | 'repeat-of' | 'other-unit' | 'part-of-figure' | 'rank' | 'not-a-quantity' | 'rhetorical' | 'relative-date' | 'out-of-scope';
    /** Id of the figure the number repeats (repeat-of), restates in another unit (other-unit) or belongs to (part-of-figure); null for the other reasons. */
    figure: string | null;
    /** Why, in a short sentence of our own. */
    note: string;
}

export { }
