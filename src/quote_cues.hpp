// The speech-verb cues of a unit's words (quote_cues.cpp): cues_in and cues_with_phrases, the speech verbs, their
// letters folded, the inverted verbs with a subject clitic ("dit-il"); the sentence adverbs that open a cue's clause
// (quote_subjects.cpp). Internal to the stage.
#pragma once

#include "lexicon.hpp"
#include "quote_words.hpp"
#include "quotes.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "dit-il", "a-t-elle", "estime-t-on": a word that may be an inverted verb, split by cues_in into the verb and its
/// subject pronoun; no other word with a hyphen ("porte-parole", "well-known") can be read as one.
bool ends_with_subject_clitic(std::string_view low);
inline bool inverted_shape(const Word& w) {
    return w.has_hyphen() && ends_with_subject_clitic(w.low); // (most words have no hyphen: no call)
}

/// "Trotzdem", "sin embargo", "on the other hand", "auf der anderen Seite": the number of words of the sentence adverb
/// of [sentence_adverb_words] or [sentence_adverb_phrases] (a phrase of two to four words) opening at word i, 0 when
/// none (quote_subjects.cpp).
std::size_t sentence_adverb_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs);
/// The same for the lists named `words` (a word each) and `phrases` (two to four words a line).
std::size_t listed_phrase_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs,
                             std::string_view words, std::string_view phrases);
/// The same for the lines of two to four words of one list (a list merged over every language, say).
std::size_t listed_phrase_at(const std::vector<Word>& ws, std::size_t i, const LexiconSection& phrases);
/// "Trotzdem", "Poi", "Más tarde": sentence_adverb_at, or the time adverbs that open a clause whose verb carries
/// its subject over ([dropped_subject_words], [dropped_subject_phrases]): the number of its words, 0 when none
/// (quote_carried_subject.cpp).
std::size_t opening_adverb_at(const std::vector<Word>& ws, std::size_t i, const std::vector<const Lexicon*>& lexs);

bool is_speech_verb(const std::vector<const Lexicon*>& lexs, std::string_view w);
/// "cynically", "finalement", "nuevamente": a word with an adverb's ending ([adverb_ending_words]) after three bytes
/// or more.
bool ending_adverb(std::string_view w, const std::vector<const Lexicon*>& lexs);
/// The bytes of a dialogue dash at s[i] ("—", "–", "―"), 0 when none.
std::size_t dash_at(std::string_view s, std::size_t i);
/// A dash at byte i that may open or close a line of dialogue or an incise: "–", "—", "―" (dash_at), or a hyphen-minus
/// standing alone between spaces, or opening the text before a space, as sites typing no dash print one ("- To
/// inwestycja - powiedział", "- C'est une décision - a réagi", "«La libertà - ha sottolineato X - non è …»"): its
/// length in bytes, else 0. The hyphen of a compound word ("Jean-Pierre", "Baden-Württemberg") has letters at its
/// sides.
std::size_t spaced_dash_at(std::string_view s, std::size_t i);
/// "—le respondió la concejala", "? lui a demandé une employée": the byte where the word at byte `at` begins when no
/// clitic pronoun of [clitics] opens there, else where the first word after one or two of them begins (a cue after a
/// dialogue dash or a comma may have its object pronouns before it).
std::size_t past_clitics(const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs, std::size_t at);
/// text::without_accents(w, false) for a word of ASCII and of the letters U+00C0..U+017F, each letter folded alone;
/// nullopt for a word with any other byte (quote_cues.cpp, which folds the speech verbs so).
std::optional<std::string> fold_latin_letters(std::string_view w);

std::vector<Cue> cues_in(std::string_view s, const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs);

/// "his claims", "those remarks", "Lund's remarks", "contributed to this report": a cue of one word at word w used as
/// a noun, after a genitive, a possessive, a determiner of [noun_determiners], or a demonstrative of
/// [demonstrative_words] that a preposition opens.
bool cue_used_as_noun(const std::vector<Word>& ws, std::size_t w, const Cue& c, const std::vector<const Lexicon*>& lexs);
// "Wir wollen dazu nichts sagen, ...", "I need to say that ...": the cue at ws[w] is an infinitive after its helper.
bool infinitive_cue(const std::vector<Word>& ws, std::size_t w, const Cue& c, const std::vector<const Lexicon*>& lexs);
/// "sagen", "kritisieren", "zeggen" (not "sagten", "zeiden"): a word of the shape of an infinitive, which is a plural
/// present too, in a language whose lexicon lists [infinitive_endings].
bool infinitive_shape(std::string_view low, const std::vector<const Lexicon*>& lexs);

/// "ha fatto sapere", "dio a conocer": cues_in with the cues of several words listed in [speech_phrases], in reading
/// order.
std::vector<Cue> cues_with_phrases(std::string_view s, const std::vector<Word>& ws,
                                   const std::vector<const Lexicon*>& lexs);
/// cues_with_phrases(s, ws, lexs) in `out`, whose room is reused (a unit's cues in the room of the last unit's).
void cues_with_phrases_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                            const std::vector<const Lexicon*>& lexs);

/// "del secondo atto", "il secondo tempo", "no segundo tempo": the according word ws[k] stands right after an article
/// or a preposition joined to one ([ordinal_article_words]): it is the ordinal, no according phrase opens there
/// (quote_according.cpp).
bool ordinal_according_word(const std::vector<Word>& ws, std::size_t k, const std::vector<const Lexicon*>& lexs);

/// "Ilsa Marlow believes: “Q”", "Jörg Brenner hält das für klug: „Q“": adds to `out` (sorted by place) the words of
/// [colon_opinion_words] a few words before a colon that a quote mark follows, lower-case, no mark nor cue between;
/// whether it added any (quote_opinion_cues.cpp).
bool opinion_cues_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                       const std::vector<const Lexicon*>& lexs);

} // namespace archive::quoting
