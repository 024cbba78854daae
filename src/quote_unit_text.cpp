// The text a unit of the quotes stage is read as (UnitReader, quote_reader.hpp): without the nicknames of its names
// ("Ellen “Nell” Brooks" read as "Ellen Brooks"), and with a subject pronoun typed without its accent read as that
// pronoun ("como el mismo dijo").
#include "quote_reader.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace archive::quoting {

// "Marcia “Cia” Price", "Daniela „Danni“ Büchner", "Antonio «Toño» Ruiz": one capitalised word quoted between a first
// name and a last name is the person's nickname, nobody's words; nor is it a quote standing between a quote and its
// attribution. (Title-case lines are no prose: the word after the last name must not open with a capital.)
bool UnitReader::nickname(const QuoteSpan& q) const {
    if (!q.closed)
        return false;
    const std::size_t k = word_index(q.open);
    if (k == 0 || k + 3 >= ws.size() || ws[k].b != q.open || ws[k + 2].b != q.close)
        return false;
    const Word& first = ws[k - 1];
    const Word& nick = ws[k + 1];
    const Word& last = ws[k + 3];
    if (first.punct || !first.upper || nick.punct || !nick.upper || nick.acronym || last.punct || !last.upper ||
        first.e != ws[k].b - 1 || last.b != ws[k + 2].e + 1)
        return false;
    return k + 4 >= ws.size() || ws[k + 4].punct || !ws[k + 4].upper;
}

// A nickname is no quote ("Marcia “Cia” Pratt"), and it parts no name: "“We will win,” said Ellen “Nell” Brooks. “Q2”"
// is attributed to Ellen Brooks, and its two quotes join across that attribution. The unit is read without its
// nicknames (and the space before each), in a text of its own: its names are whole again ("Ellen Brooks", not the
// "Ellen" before the marks and the "Brooks" after), and "Tony Roe" is not read out of "Juan “Tony” Roe".
void UnitReader::drop_nicknames(WordsSeen& seen) {
    if (std::none_of(spans.begin(), spans.end(), [this](const QuoteSpan& q) { return nickname(q); }))
        return; // (most units: their text is read as it is)
    std::string text;
    text.reserve(s.size());
    std::size_t from = 0;
    for (const QuoteSpan& q : spans)
        if (q.open > from && nickname(q)) {
            // (the person is known by the name as written, the nickname in it: "Ellen Brooks" read below, "Brooks"
            // and "Nell Brooks" later all find "Ellen “Nell” Brooks")
            // ("The “Big” Apple" names nobody: a stop word opens it)
            const std::size_t k = word_index(q.open);
            if (!ex.sp.stopword(ws[k - 1].low) && !ex.sp.stopword(ws[k + 3].low))
                ex.sp.add_person(s.substr(ws[k - 1].b, ws[k + 3].e - ws[k - 1].b));
            text.append(s.substr(from, q.open - 1 - from)); // (nickname() asks for one space before the mark)
            from = q.close + q.close_len;
        }
    text.append(s.substr(from));
    read_as(std::move(text), seen);
}

// "como el mismo dijo", "el mismo ha reconocido": a subject pronoun typed without its accent ([accentless_pronouns]:
// the form written, then the pronoun: "el él") before a word stressing it ([intensifier_words]) and a cue, or its
// auxiliary, is that pronoun, the cue's subject, not the article it looks like ("el mismo día" stays as it is).
void UnitReader::restore_pronouns() {
    for (const Lexicon* lex : ex.sp.lexs) {
        const LexiconSection* sec = section_of(lex, "accentless_pronouns");
        if (sec == nullptr)
            continue; // (most languages: none)
        const WordTags& tags = word_tags(ex.sp.lexs);
        for (const std::string_view entry : sec->entries) {
            const std::size_t space = entry.find(' ');
            if (space == std::string::npos)
                continue;
            const std::string_view written = std::string_view(entry).substr(0, space);
            const std::string_view pronoun = std::string_view(entry).substr(space + 1);
            for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
                if (ws[k].punct || ws[k].low != written || ws[k + 1].punct || ws[k + 2].punct ||
                    !in_list(ex.sp.lexs, "intensifier_words", ws[k + 1].low) ||
                    !(tags.of(ws[k + 2]) & (WordTags::speech_verb | WordTags::auxiliary)))
                    continue;
                ws[k].low = pronoun;
                ws[k].tags = tags.of(pronoun);
            }
        }
    }
}

} // namespace archive::quoting
