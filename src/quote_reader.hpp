// UnitReader, the reading of one unit of the quotes stage: its declaration, shared by quote_reader.cpp (reading a unit,
// the places around a quote, read()), quote_attribution.cpp and quote_attribution_before.cpp (the steps that
// attribute a quoted span by a cue after it or before it, with the clause subjects of quote_subjects.cpp),
// quote_uncued.cpp (the spans with no cue of their own), quote_owners.cpp (a quote spelling out words a name owns) and
// quote_unit_text.cpp (the text a unit is read as: its nicknames dropped, its accentless pronouns restored).
// Internal to the quotes stage, like quotes_parts.hpp.
#pragma once

#include "quotes_parts.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quoting {

// A quote left open at the end of a paragraph runs on into the next one: its words so far.
struct Carry {
    bool on = false;
    std::string text;
    int family = -1; // the kind of double mark that opened it (mark_family)
    char32_t mark = 0; // the mark that opened it
    unsigned inner = 0; // the kinds of double marks inside it, other than the opening one: bit (1 << family)
    // the speaker of the last quote of its paragraph before it, when it opened after the writer's words there
    std::optional<std::string> speaker_before;
    // the unit it opened in, where it stands, and the attribution read there when it has a cue ('"Q1," Teller said.
    // "Q2 ... / "Q3."': Q2 and Q3 are Teller's, said, at the paragraph of Q2)
    Where where = Where::body;
    int section = -1, paragraph = -1;
    std::optional<std::string> speaker, mention, cue;
};

// The reading of one unit (a lede, a caption, a paragraph): its quote spans, words, sentences and cues, read once,
// and the steps that attribute each of its quoted spans in turn (read()).
struct UnitReader {
    // A quoted span and the places around it that the steps read.
    struct QuoteAt {
        QuoteSpan q;
        std::string raw;        // the quoted words, after those carried over from the previous paragraph
        std::string text;       // raw without its edge punctuation: the quote's text
        std::string_view inner; // the words between the marks, trimmed
        std::pair<std::size_t, std::size_t> sentence;
        std::size_t sent_b = 0, sent_e = 0; // the sentence, read at most a thousand bytes around the quote
        std::size_t sb = 0, se = 0;         // where its attribution is looked for
        std::string_view before;            // the writer's words before it in its sentence, trimmed
        std::size_t after_pos = 0;          // the byte after its closing mark
        QuoteKind kind = QuoteKind::partial;
        // direct for a cue before its comma whose subject is the reader addressed ("when you say, “Q!”"), not for its
        // own place
        bool addressed_cue = false;
    };
    // The last quote of this unit that opened its sentence and was attributed after it ("Q1," X said.):
    // its index in ex.quotes, where it opened and closed, and its words with their own punctuation.
    struct Split {
        bool open = false;
        std::size_t quote = 0, q_open = 0, after = 0;
        std::string raw;
    };
    // Several quotes in one sentence share its attribution ("Die „A“ hätten „B“ getan, so Murtha", "X condemned
    // the test as "A" and a "B""): a short quote found no cue of its own is kept aside, and given the cue and
    // speaker of another quote of its sentence if one has them.
    struct Placed {
        std::size_t sentence, open;
    };
    struct Orphan {
        Quote quote;
        Placed at;
        std::optional<std::string> fallback; // the speaker when no other quote of the sentence has one
    };

    Extractor& ex;
    const Unit& u;
    std::string_view s; // the unit's text, or without its nicknames (own_text)
    std::string own_text; // the unit's text without the nicknames of its names, when it has one
    std::vector<QuoteSpan> spans;
    std::vector<Word> ws;
    const std::size_t base; // places the unit's bytes among all units
    // The closing dash of a line of dialogue: the cue after it ends the quoted sentence like a comma.
    std::size_t dialogue_close = std::string_view::npos;
    // Where the words after a line of dialogue's closing incise open ("—Q1 —dijo X—. Q2": Q2), handed back to its
    // speaker.
    std::size_t dialogue_rest = std::string_view::npos;
    std::vector<std::pair<std::size_t, std::size_t>> sents; // none when neither spans nor indirect speech read them
    bool indirect = false; // may_hold_indirect_speech(): without it, indirect_speech() finds nothing in the unit
    bool dot_seen = false; // WordsSeen::dot of the unit's words, for its sentences
    std::size_t next_sentence = 0; // the first of sents whose indirect speech is not read yet (read_indirect)
    std::vector<Cue> cues; // attributable_cues(), for a unit with quote marks (empty for the others)
    std::vector<std::pair<std::size_t, std::size_t>> quoted; // sentence parts covered by quotes
    Split split;
    const std::size_t first_quote; // the first of ex.quotes added from this unit
    std::vector<Placed> placed;    // where the quotes added from this unit stand, by index from first_quote
    Placed pending{0, 0};
    std::vector<Orphan> orphans;
    Extractor::ColonLead colon_lead; // the colon lead of the paragraph before, when it closed on one
    // Where the quote being read opened when it ran on from an earlier paragraph (its first span only), else -1: the
    // distance to the last cue is counted from there.
    int opened_section = -1, opened_paragraph = -1;

    UnitReader(Extractor& extractor, const Unit& unit, std::size_t order);
    ~UnitReader(); // (hands the room of its words, sentences, spans, cues, quoted parts and places on to the next unit)
    UnitReader(const UnitReader&) = delete;
    UnitReader& operator=(const UnitReader&) = delete;
    void read(Carry& carry);
    void close_carried(char32_t open); // the carried quote's close in this unit, when it opens none again
    void read_indirect(std::size_t limit);
    void participle_reports(); // (quote_indirect.cpp)
    void note_colon_lead();
    bool nickname(const QuoteSpan& q) const;
    void drop_nicknames(WordsSeen& seen);
    bool paper_title(const QuoteSpan& q, std::size_t n) const; // (quote_title_marks.cpp; n: q's index in spans)
    void drop_title_marks(WordsSeen& seen);                     // (quote_title_marks.cpp)
    void restore_pronouns();
    void drop_parentheticals(WordsSeen& seen); // (quote_parentheticals.cpp)
    void read_as(std::string text, WordsSeen& seen); // the unit read as `text` from now on: its words and spans again

    void add_dialogue(bool inside); // (inside: a line of dialogue may open inside the unit, dialogue_span)
    void split_incises(); // (quote_incises.cpp)
    bool dash_incise(std::size_t n, std::vector<Cue>& found, bool& cues_read); // (quote_incises.cpp)
    std::vector<Cue> attributable_cues() const;
    void attributable_cues_into(std::vector<Cue>& out) const; // (in the room of `out`)
    std::pair<std::size_t, std::size_t> sentence_of(std::size_t at) const;
    std::size_t word_index(std::size_t byte) const;
    std::optional<std::pair<std::size_t, std::size_t>> opening_name(std::size_t from, std::size_t limit) const;
    std::optional<std::size_t> opening_acronym(std::size_t from, std::size_t limit) const;
    std::optional<std::string> sentence_person(std::size_t from, std::size_t limit, bool subjects) const;
    std::optional<std::string> unit_person(std::size_t at) const;
    std::ptrdiff_t quotes_between(std::size_t from, std::size_t to) const;
    std::optional<std::string> writer_paragraph_person(bool subjects) const;
    bool listing(std::size_t from, std::size_t to) const;
    bool reported(std::size_t from, std::size_t to) const;
    void settle();
    void head_attribution(const QuoteSpan& q, const std::string& raw, const std::string& qt, Carry& carry);

    // The steps of read(), for each quoted span in turn: a step returning true is done with the span (it attributed
    // it, or found that nobody said those words), and read() goes on with the next one.
    QuoteAt place(const QuoteSpan& q, std::string raw, std::string qt) const;
    bool joins_split(const QuoteAt& at) const;
    bool names_no_one(const QuoteAt& at) const;
    bool gives_a_name(std::size_t w) const;
    bool signed_by_dash(const QuoteAt& at, Quote& out);
    bool names_then_cue(std::size_t k0, std::size_t after_pos, std::size_t se) const;
    bool attribute_owner(const QuoteAt& at, Quote& out); // (quote_owners.cpp)
    std::pair<std::size_t, std::size_t> owner_after(const QuoteAt& at) const; // (quote_owners.cpp)
    bool attribute_after(const QuoteAt& at, Quote& out);
    bool attribute_before(const QuoteAt& at, Quote& out);
    bool attribute_according(const QuoteAt& at, Quote& out);
    bool leading_according(const QuoteAt& at, Quote& out);
    void attribute_without_cue(const QuoteAt& at, Quote& out);
    void place_orphans();
};

// "Wat antwoordt u daarop?", "Que répondez-vous à cela ?", "What do you say to that?": a line of a question put to
// the person interviewed, with no quote mark, ending on a question mark; a paragraph (not a `heading`) addresses
// them ([addressee_pronoun_words]) (quote_uncued.cpp).
bool interviewer_question(std::string_view line, bool heading, const std::vector<const Lexicon*>& lexs);

// A speaker's label opening a paragraph, "Weber: ...", "M. Dupont : ...", "[00:00:21] CALLUM DYCE: ...", "T.W.: ..."
// (quote_turns.cpp): the label's bytes [b, e), where its name starts (past a time stamp and a title), where the words
// after the colon start, its kind, its key (TurnKey) and the initials of its name.
struct TurnLabel {
    std::size_t b = 0, e = 0, name_b = 0, text = 0;
    TurnKey::Kind kind = TurnKey::name;
    std::string key, initials;
};
std::optional<TurnLabel> turn_label(std::string_view s, const std::vector<const Lexicon*>& lexs);
// The turns of an interview among the body's units (of article `a`): each unit opened by a speaker's label gets its
// key in `keys`, when two speakers' labels open two turns each, or one label opens two answers to questions; else no
// unit is a turn.
void find_labelled_turns(std::vector<Unit>& units, std::vector<TurnKey>& keys, const Article& a,
                         const std::vector<const Lexicon*>& lexs);
// An interview whose questions stand as paragraphs of their own, no label before them (the page called an interview
// by its kicker or standfirst): the paragraph under a question (or under a heading that is one) is the interviewee's
// answer, a turn of the key "?A" in `keys`, with no label (quote_turns.cpp).
void find_unlabelled_answers(std::vector<Unit>& units, std::vector<TurnKey>& keys, const Article& a,
                             const std::vector<const Lexicon*>& lexs);
// Who says the turn u: the person the page named whose name the label gives (a surname, capitals, initials of another
// label's name), or the label's own name of two words or more opening two turns; nothing for a label naming no one.
std::optional<std::string> turn_speaker(Extractor& ex, const Unit& u);
// The quotes turn u added from ex.quotes[first] on, its answer first: a quote in the answer's marks said by someone
// its own cue names ("Le maire nous a lancé : « Q »") is theirs alone, the answer keeping its words around it; one
// with no cue of its own is words of the answer, not a quote again (quote_turns.cpp).
void settle_quoted_answer(Extractor& ex, const Unit& u, std::size_t first);

// Whether reading unit u (its words `ws`, which words_into read with the page's lexicons and which saw `seen`) may
// look up or change the page's people, or add a quote: it holds a quote mark, a line of dialogue, a word that may
// report speech, or closes on a colon. A unit that does none of these, and is followed by no unit that does, adds
// nothing to the page's quotes.
bool may_read_people(const Unit& u, const std::vector<Word>& ws, const WordsSeen& seen);

// "«Q», sagte der Angeklagte. / Er habe keine Angst gehabt ...": a body paragraph (its words `ws`) with a verb in the
// mood of reported speech ([reported_speech_words]) among its first words, in a language whose nouns are capitalised
// (German, whose reported speech has a mood of its own): right after the paragraph of the last quote, it may go on
// with that quote's words (indirect_speech, reported_continuation) though no word of it may report.
bool opens_in_reported_mood(const Speakers& sp, const Unit& u, const std::vector<Word>& ws);

// The subject of a cue's clause where the words next to the cue do not give it (quote_subjects.cpp).

// The cue of a clause that holds the quote's clause: "Mayor Ann Roe said [the plan was what she called “Q”]".
struct OuterCue {
    std::string cue;
    std::size_t first = 0, last = 0; // its subject's words
    std::size_t after = 0;           // the first word after the cue
    std::string speaker;
};

// A passive helper a few words before the cue at word `ci` ("was asked to"): its subject is spoken to.
bool passive_cue(const UnitReader& r, std::size_t ci);
// "reading", "leyendo", "soulignant": a word with a gerund's ending ([gerund_ending_words]) (quote_mentions.cpp).
bool gerund_word(std::string_view w, const std::vector<const Lexicon*>& lexs);
// The nearest cue of the writer's sentence (from byte `sb`) ending before byte `limit` whose subject is a speaker.
std::optional<OuterCue> outer_cue(UnitReader& r, std::size_t sb, std::size_t limit);
// The subject of the clause before the conjunction at word `conj`, from byte `sent_b`, shared by the verb after it.
std::optional<std::pair<std::size_t, std::size_t>> coordinated_subject(const UnitReader& r, std::size_t sent_b,
                                                                       std::size_t conj);
// The subject of a German clause opened after a comma whose verb closes it after the quote at byte `open`.
std::optional<std::pair<std::size_t, std::size_t>> verb_last_subject(const UnitReader& r, std::size_t open);
// "Poi ha aggiunto che", "Más tarde, en rueda de prensa, dijo": the words from w0 (a sentence's first) to the cue at
// ci hold no subject, in a language that drops it (quote_carried_subject.cpp).
bool subjectless_opening(const std::vector<Word>& ws, std::size_t w0, std::size_t ci,
                         const std::vector<const Lexicon*>& lexs);
// subjectless_opening, and nothing after the cue (ending at word cend) names a subject before the quote at byte
// `open`: "ha ribadito che «Q»", "añadió: «Q»". The verb's subject is the last speaker.
bool carries_subject(const std::vector<Word>& ws, std::size_t w0, std::size_t ci, std::size_t cend, std::size_t open,
                     const std::vector<const Lexicon*>& lexs);
// A cue at ci opening a sentence of ws whose words before it hold no subject (subjectless_opening), in the singular:
// its reported speech is the last speaker's ("Agregó que ...", "Dodał, że ...").
bool carries_reported_subject(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs);
/// The subject a dropped subject carries over before any quote of the page: the person last named as a sentence's
/// subject (or known as a person) before reading position `pos`, else none.
std::optional<std::string> first_carried_subject(const Extractor& ex, std::size_t pos);
// Whether the subject words [first, last] of a cue in the clause of `outer` name no one but the outer speaker.
bool weak_subject(const UnitReader& r, std::size_t first, std::size_t last, const OuterCue& outer);

} // namespace archive::quoting
