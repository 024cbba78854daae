// The quoted spans of UnitReader (quote_reader.hpp) with no cue of their own: the second part of a split quote,
// names in quote marks, a quote with no cue at all, and the quotes left without a cue, given the attribution of
// another quote of their sentence.
#include "quote_reader.hpp"

#include "credits_parts.hpp"
#include "quote_ages.hpp"
#include "quote_nouns.hpp"
#include "quote_phrases.hpp"
#include "quote_trades.hpp"

#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace archive {
namespace quoting {
namespace {

// "Financial Times", "Black Lion Hospital", "XXXII Championnat du Monde", "news.example.org": every word
// capitalised (particles and numbers aside) over two words or more, or one token with dots and no space.
bool title_like(std::string_view q) {
    if (q.find(' ') == std::string_view::npos)
        return q.find('.') != std::string_view::npos && q.find('.') + 1 < q.size();
    // (A title ends on a word: the final stop is read first, then the words one at a time, without a vector.)
    if (q.back() == '.' || q.back() == '!' || q.back() == '?')
        return false;
    int words = 0, capitalised = 0;
    std::size_t at = 0;
    for (std::string_view w = text::next_token(q, at); !w.empty(); w = text::next_token(q, at)) {
        std::size_t i = 0;
        char32_t cp = text::next_cp(w, i);
        if (!text::is_word_char(cp))
            return false; // "– Bruder", "(AFP)": punctuation between the words, a phrase
        ++words;
        if (text::is_upper(cp) || (cp >= '0' && cp <= '9') || particle(text::lower(w)))
            ++capitalised;
    }
    return words >= 2 && capitalised == words;
}

// "Aston Villa head coach Unai Emery: "Q"", "Harbour Council leader Ann Roe: "Q"", "Villa boss Unai Emery:": where
// nouns are written small, one to three capitalised words (a body's name), one to three small words closed by a role
// noun, then a name of two or three capitalised words right before the colon at `end`: the name's first word, else 0.
std::size_t label_role_name(const std::vector<Word>& ws, std::size_t w0, std::size_t end, const Speakers& sp) {
    const std::size_t most_body = 3, most_role = 3, fewest_name = 2, most_name = 3;
    if (sp.capitalised_nouns || end <= w0)
        return 0;
    std::size_t j = w0;
    while (j < end && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low))
        ++j;
    const std::size_t body_end = j;
    while (j < end && !ws[j].punct && !ws[j].upper && !sp.stopword(ws[j].low))
        ++j;
    const std::size_t name = j;
    while (j < end && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low))
        ++j;
    if (j != end || body_end == w0 || body_end - w0 > most_body || name == body_end || name - body_end > most_role ||
        end - name < fewest_name || end - name > most_name || !role_noun(ws[name - 1].low, sp))
        return 0;
    return name;
}

// "Coldiretti: «Q»", "Amnesty International: "Q"", "Le syndicat : « Q »", "The union: "Q"": the sentence opens with a
// body's name (one to four capitalised words, an article before them or not) or an article and one common noun, then a
// colon right before the quote: those words are who speaks. Not a label: "Foto:", "Photo :" (a credit's word or
// prefix, [credit_prefixes]), "Read more:", "Lire aussi :" (a lower-case word after a capitalised one, or an entry of
// [related_prefixes] or [link_labels]; a word of [colon_label_words], "Update:", "Zitat:"). The words ws[first..last] of the name, from word `w0` to the colon before `w1`.
std::optional<std::pair<std::size_t, std::size_t>> colon_label_name(const std::vector<Word>& ws, std::size_t w0,
                                                                    std::size_t w1, const Speakers& sp) {
    const std::size_t most_words = 4, most_role_label = 9;
    if (w1 < w0 + 2 || w1 > ws.size() || ws[w1 - 1].low != ":" || w1 - 1 - w0 > most_role_label)
        return std::nullopt;
    const std::size_t end = w1 - 1; // (the colon)
    // ("Aston Villa head coach Unai Emery:": a body, its role and the holder's name: label_role_name)
    if (label_role_name(ws, w0, end, sp) != 0)
        return std::make_pair(w0, end - 1);
    if (end - w0 > most_words + 1)
        return std::nullopt;
    std::size_t j = w0;
    const bool article = has_tag(sp.lexs, WordTags::article, ws[j].low);
    if (article)
        ++j;
    // ("Il 45enne imputato:", "The 45-year-old defendant:": an age word of [age_ending_words] between the article and
    // the noun describes the one the noun names)
    const std::size_t aged = article && j + 1 < end && !age_figure(ws[j].low, sp).empty() ? j : end;
    if (aged != end)
        ++j;
    if (j == end || end - j > most_words)
        return std::nullopt;
    // (German capitalises its nouns: "Der 24-Jährige:", "Ernster Nachsatz:" are no names; one word alone may be
    // one, not a common noun; but "Die Bürgermeisterin:", "Der Minister:", an article and one role noun, name the
    // holder of that role as the same words elsewhere would)
    const bool role = article && end - j == 1 && role_noun(ws[j].low, sp);
    // ("DGB-Chefin Sabine Ott:", "Ministerin Anna Roth:": a role noun and a name of two words or three after it)
    const bool role_and_name = !article && end - j >= 3 && role_noun(ws[j].low, sp) && !role_noun(ws[j + 1].low, sp);
    if (sp.capitalised_nouns && !role && !role_and_name && (article || end - j > 1 || common_noun(ws[j].low, sp)))
        return std::nullopt;
    std::string phrase;
    for (std::size_t k = w0; k < end; ++k) {
        const Word& w = ws[k];
        if (k == aged)
            continue;
        if (w.punct || is_credit_word(w.low) || sp.stopword(w.low) != (k < j) ||
            in_list(sp.lexs, "colon_label_words", w.low))
            return std::nullopt;
        // (after the article: capitalised words, or one common noun alone)
        if (k >= j && !w.upper && !(article && end - j == 1 && (word_tags(sp.lexs).of(w) & WordTags::speech_verb) == 0))
            return std::nullopt;
        if (!phrase.empty())
            phrase += ' ';
        phrase += w.low;
    }
    if (in_list(sp.lexs, "credit_prefixes", phrase + ":") || in_list(sp.lexs, "credit_prefixes", phrase + " :") ||
        in_list(sp.lexs, "related_prefixes", phrase) || in_list(sp.lexs, "link_labels", phrase))
        return std::nullopt;
    return std::make_pair(w0, end - 1);
}

// "the magazine “Q”", "l'émission «Q»", "des Magazins „Q“": a noun of [title_words] (past an elided article) naming
// a kind of title or body right before the quoted words `qt`. With the genitive's -s, where nouns are capitalised,
// only before a short name (two words at most, no comma): "die Reporter des Senders „Angestellte, die ...“" quotes
// words said of the channel's people.
bool names_a_title(std::string_view low, std::string_view qt, const Speakers& sp) {
    if (title_noun(low, sp) || title_noun(after_elided_prefix(low), sp))
        return true;
    if (!sp.capitalised_nouns || low.size() <= 4 || low.back() != 's' || qt.find(',') != std::string_view::npos ||
        text::split_ws(qt, 3).size() > 2)
        return false;
    return title_noun(low.substr(0, low.size() - 1), sp);
}

// "Face the Nation", "State of the Union.": English title case, capitalised words with short function
// words between them (the final punctuation aside).
bool title_case(std::string_view q) {
    // (The first word first, read without a vector: a quote opening in small letters is no title.)
    std::size_t at = 0;
    if (const std::string_view first = text::next_token(q, at); first.empty() || !text::starts_upper(first))
        return false;
    auto ws = text::split_ws(q);
    if (ws.size() < 2)
        return false;
    for (std::size_t k = 0; k < ws.size(); ++k) {
        std::size_t i = 0;
        char32_t cp = text::next_cp(ws[k], i);
        bool edge = k == 0 || k + 1 == ws.size();
        if (!text::is_upper(cp) && (edge || text::length_cp(ws[k]) > 3))
            return false;
    }
    return true;
}

// "Ann Roe has gone after Tom Vale as a “weak leader”", "Paul Roux a dépeint Marc Blanc comme un « homme du passé »":
// an object (a name or a pronoun), a word of characterising ([characterising_words]) and an article before the
// quote at `open`: a person's name opening the sentence, its subject, gave the object those words.
std::optional<std::string> characteriser(const UnitReader& r, std::size_t sent_b, std::size_t open) {
    const std::vector<Word>& ws = r.ws;
    const std::vector<const Lexicon*>& lexs = r.ex.sp.lexs;
    std::size_t a = r.word_index(open);
    if (a > 0 && !ws[a - 1].punct && has_tag(lexs, WordTags::article, ws[a - 1].low))
        --a;
    // "as a “leech who bleeds the town” and a “spoiled child”", "comme un « Q1 » et un « Q2 »": a quote coordinated
    // with the quote closing right before it ([coordinating_words]) has the same speaker, given to that quote already
    // or found for it the same way.
    if (a >= 2 && !ws[a - 1].punct && ws[a - 2].punct && in_list(lexs, "coordinating_words", ws[a - 1].low)) {
        auto prev = std::find_if(r.spans.begin(), r.spans.end(),
                                 [&](const QuoteSpan& q) { return q.closed && q.close == ws[a - 2].b; });
        if (prev != r.spans.end() && prev->open < open) {
            for (std::size_t j = 0; j < r.placed.size(); ++j)
                if (r.placed[j].open == prev->open)
                    return r.ex.quotes[r.first_quote + j].speaker;
            return characteriser(r, sent_b, prev->open);
        }
    }
    if (a < 3 || ws[a - 1].punct || !in_list(lexs, "characterising_words", ws[a - 1].low))
        return std::nullopt;
    const Word& object = ws[a - 2];
    char gender = 'x';
    if (object.punct || !(object.upper || r.ex.sp.pronoun(object.low, gender)))
        return std::nullopt;
    auto o = r.opening_name(sent_b, object.b);
    if (!o)
        return std::nullopt;
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
    // "Senate Minority Leader Ann Roe": the last name of the capitalised words opening the sentence.
    const auto names = names_in(sub, r.ex.sp);
    std::size_t caps = 0;
    while (caps < sub.size() && sub[caps].upper)
        ++caps;
    auto n = names.front();
    for (const auto& other : names)
        if (other.last < caps)
            n = other;
    // (the object is no part of the subject's name: "Tom Vale as a “Q”" alone characterises no one)
    if (o->first + n.last >= a - 2)
        return std::nullopt;
    return r.ex.resolve(r.s, ws, o->first + n.first, o->first + n.last, r.base + ws[o->first + n.first].b);
}

// "„Q1“, sagte Peter Graf. „Wir kämpfen weiter.“", "«Q1», a déclaré Jean Martin. «Nous resterons.»": a short quoted
// sentence, closed by its own full stop, exclamation or question mark, in the sentence right after a quote of the same
// paragraph attributed by a cue goes on with that speaker's words (a title closes on no mark of its own).
bool short_follow_on(const UnitReader& r, const UnitReader::QuoteAt& at) {
    if (at.inner.empty() || std::string_view(".!?").find(at.inner.back()) == std::string_view::npos ||
        r.placed.empty() || r.ex.quotes.size() != r.first_quote + r.placed.size() || !r.ex.quotes.back().cue)
        return false;
    // (the sentence of the quote before ends where this one's starts: none between)
    const auto before = r.sentence_of(r.placed.back().open);
    return before.second <= at.sentence.first && before != at.sentence &&
           text::trim(r.s.substr(before.second, at.sentence.first - before.second)).empty();
}

// The speaker a quote with no cue of its own goes on with: the last speaker, but where that is a medium or a body
// (no_person: "„Q1“, berichtete die Nachrichtenagentur Reuters. [...] Am Abend warb Karl Brenner um Zustimmung. Es sei
// ein „Q2“"), the person the quote's paragraph spoke of before it: an agency's report quotes the words of the people
// it reports on.
std::optional<std::string> carried_speaker(const UnitReader& r, std::size_t open) {
    const Speakers& sp = r.ex.sp;
    const std::optional<std::string>& last = r.ex.last_speaker;
    if (!last)
        return last;
    const int k = sp.find_person(*last);
    // ("More than half of the clinics have closed, according to the Health Ministry. “Q”": a body an according
    // phrase named is where facts come from, and says no uncued words after it, Extractor::body_source)
    if (!r.ex.last_source && (k < 0 || !no_person(sp.people[static_cast<std::size_t>(k)], sp)))
        return last;
    if (auto who = r.unit_person(open)) {
        const int w = sp.find_person(*who);
        if (w >= 0 && !no_person(sp.people[static_cast<std::size_t>(w)], sp))
            return who;
    }
    return r.ex.last_source ? std::nullopt : last;
}

// "The bill would force the banks to “report every transfer above the threshold”", "La Constitution impose de
// « garantir à chacun l'accès aux soins »", "Das Gesetz verpflichtet die Länder, „jedes Jahr einen Bericht
// vorzulegen“": uncued words quoted in a sentence whose subject is a law, a treaty or one of their clauses
// ([legal_text_words] among its first words, a verb of its own between it and the marks) are that text's wording,
// cited, not anyone's speech. But "Tras la aprobación de la ley, la asociación advirtió de “Q”" names the law in
// a phrase of time, and "Para el sindicato, el decreto “llega tarde”" gives the union's verdict on it.
bool cites_text(const UnitReader& r, std::size_t sent_b, std::size_t open) {
    const std::size_t first = r.word_index(sent_b);
    for (std::size_t w = first; w < r.ws.size() && w < first + 4 && r.ws[w].b < open; ++w) {
        if (r.ws[w].punct)
            return false;
        if (in_list(r.ex.sp.lexs, "legal_text_words", r.ws[w].low))
            return w + 1 < r.ws.size() && !r.ws[w + 1].punct && r.ws[w + 1].b < open;
    }
    return false;
}

// The letters and digits of a quote's text in small letters (the bytes of other scripts as they are): "Q1, But q2."
// and "Q1. But q2." read alike.
std::string letters_of(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || text::is_digit(b))
            out.push_back(c);
        else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
            out.push_back(static_cast<char>(b | 0x20));
    }
    return out;
}

// "“The light does not need me anymore. But I think I still need the light.”" alone between two paragraphs, after
// "“The light does not need me anymore,” he said, climbing the steps. “But I think I still need the light.”": a
// pull quote prints again, in a line of its own, the words of a quote of the body before it (its letters the same,
// the halves of a split quote joined): the body's quote is the one quote, with its speaker and cue. (The last
// forty quotes only: a pull quote repeats words near it; two quotes of one paragraph are read joined too.)
bool repeats_body_quote(const UnitReader& r, std::string_view text) {
    const std::size_t most_back = 40;
    const std::string letters = letters_of(text);
    const std::size_t fewest = 12; // letters: a short answer ("Yes.", "Non.") may well be said twice
    if (letters.size() < fewest)
        return false;
    const auto& qs = r.ex.quotes;
    for (std::size_t k = qs.size(); k > 0 && qs.size() - k < most_back; --k) {
        const Quote& b = qs[k - 1];
        if (b.where != Where::body)
            continue;
        const std::string own = letters_of(b.text);
        if (own == letters)
            return true;
        // ("« Q1, a déclaré X. Q2 »", "„Q1“, sagte X. „Q2“": the two quotes of one paragraph, joined)
        const Quote* a = k >= 2 ? &qs[k - 2] : nullptr;
        if (!own.empty() && own.size() < letters.size() && letters.ends_with(own) && a && a->where == Where::body &&
            a->section == b.section && a->paragraph == b.paragraph &&
            letters_of(a->text) == std::string_view(letters).substr(0, letters.size() - own.size()))
            return true;
    }
    return false;
}

// "Q.", "Q!", "Q?", "Q,", "Q…", "Q—": the quoted words close on a mark of their own, as a sentence of speech does
// (a title does not: "Roe, Ann (2010). “Q”. Harbour Review. Archived from the original on 4 May 2012.").
bool closes_sentence(std::string_view inner) {
    if (inner.empty())
        return false;
    if (std::string_view(".!?,").find(inner.back()) != std::string_view::npos)
        return true;
    for (std::string_view mark : {"\u2026", "\u2014", "\u2013"})
        if (inner.ends_with(mark))
            return true;
    return false;
}

// The interviewee: the speaker of most quotes without a cue read so far (the answers of an interview), the latest
// of those quoted as often; none before the first. (Among the last most_read quotes: an interview's answers stand
// near each other, and a page of thousands of questions costs a bounded read for each.)
std::optional<std::string> interviewee(const Extractor& ex) {
    const std::size_t most_read = 256;
    const std::size_t from = ex.quotes.size() > most_read ? ex.quotes.size() - most_read : 0;
    std::unordered_map<std::string_view, std::size_t> counts;
    for (std::size_t i = from; i < ex.quotes.size(); ++i)
        if (const Quote& q = ex.quotes[i]; !q.cue && q.speaker)
            ++counts[*q.speaker];
    std::optional<std::string> best;
    std::size_t most = 0;
    for (std::size_t i = from; i < ex.quotes.size(); ++i)
        if (const Quote& q = ex.quotes[i]; !q.cue && q.speaker)
            if (const std::size_t n = counts[*q.speaker]; n >= most) {
                most = n;
                best = q.speaker;
            }
    return best;
}

} // namespace

bool interviewer_question(std::string_view line, bool heading, const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_words = 25;
    line = text::trim(line);
    // (the spaces first: a paragraph of the text that ends on a question is most often longer)
    if (line.empty() || line.back() != '?' ||
        static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) >= 2 * most_words ||
        !archive::find_quote_spans(line).empty())
        return false;
    std::size_t words = 0;
    bool addressed = heading;
    std::string word;
    for (std::size_t i = 0; text::next_word_lower(line, i, word);) {
        if (++words > most_words)
            return false;
        addressed = addressed || in_list(lexs, "addressee_pronoun_words", word);
    }
    return addressed;
}

// "“If the plan fails,” she said, “we start again.”", "«Q1», a-t-il dit, «q2»", "„Q1“, sagte sie, „q2“": one
// sentence of the speaker's interrupted by its attribution is one quote. Q2 continues Q1 when only that
// attribution stands between them, one clause with one cue ending with a comma; after a full stop
// ("“Q1,” she said. “Q2.”") the second sentence is a quote of its own, and a colon introduces words of
// their own ("«Q1», dit-il, et ajoute: «Q2»").
bool UnitReader::joins_split(const QuoteAt& at) const {
    const QuoteSpan& q = at.q;
    const auto& sentence = at.sentence;
    bool continues_split = false;
    if (split.open) {
        std::string_view between = text::trim(s.substr(split.after, q.open - split.after));
        auto cue_at = [this](std::size_t byte) {
            return std::lower_bound(cues.begin(), cues.end(), byte,
                                    [](const Cue& c, std::size_t v) { return c.begin < v; });
        };
        auto n_cues = cue_at(q.open) - cue_at(split.after);
        // ("«Q1» ha spiegato l'ingegnere «e q2»": print that sets no comma round the attribution sets no mark at all
        // between the two halves)
        continues_split = n_cues == 1 && sentence.first == sentence_of(split.q_open).first && !between.empty() &&
                          (between.back() == ',' || between.find_first_of(",.:;!?") == std::string_view::npos);
        // The rest of the interrupted sentence goes on in lower case ("“If the plan fails,” she said, “we
        // start again.”", English "I" aside); a capital opens words of their own ('"Q1," Jane Doe said,
        // suggesting a few questions, including, "Mr. Mayor, do you ...?"').
        if (continues_split) {
            std::size_t z = q.open + q.open_len;
            char32_t c0 = 0; // the first letter, after spaces and Spanish "¿" / "¡"
            while (z < s.size()) {
                c0 = text::next_cp(s, z);
                if (c0 != ' ' && c0 != 0xBF && c0 != 0xA1)
                    break;
                c0 = 0;
            }
            char32_t c1 = z < s.size() ? text::next_cp(s, z) : 0;
            continues_split = !text::is_upper(c0) || (c0 == 'I' && !text::is_word_char(c1));
        }
        // "“Q1,” Jane Doe said. “Q2.”": where the language's news convention counts the sentence after the
        // attribution as the same quotation, Q2 continues Q1 when it opens the very next sentence (the
        // attribution sentence holds Q1's cue and nothing else quoted) and names no speaker of its own.
        if (!continues_split && n_cues >= 1 && !between.empty() && between.back() == '.' && sentence.first == q.open &&
            in_list(ex.sp.lexs, "quote_conventions", "one quotation across its attribution")) {
            std::size_t q1_end = sentence_of(split.q_open).second;
            continues_split = q1_end <= q.open && text::trim(s.substr(q1_end, q.open - q1_end)).empty();
        }
    }
    return continues_split;
}

// "a folder called “Old stuff”", "ein Ordner namens „Archiv“", "un dossier appelé « Archives »", "el llamado «plan
// B»": a word of [name_giving_words] right before the marks, after a noun (or an article), gives the name of a thing.
// After a pronoun, an auxiliary or a name ("they called “Q”", "a appelé « à la retenue »", "Jane Roe called “Q”"),
// after a comma, or in a clause opened by a free relative ("what lawmakers called “Q”"), the verb says who spoke.
bool UnitReader::gives_a_name(std::size_t w) const {
    if (w < 2 || ws[w - 1].punct || ws[w - 2].punct || !in_list(ex.sp.lexs, "name_giving_words", ws[w - 1].low))
        return false;
    const Word& before = ws[w - 2];
    const std::uint16_t tags = word_tags(ex.sp.lexs).of(before.low);
    if (!(tags & WordTags::article) &&
        ((tags & (WordTags::stopword | WordTags::auxiliary)) || (before.upper && !ex.sp.capitalised_nouns)))
        return false;
    for (std::size_t k = w - 2, d = 0; k > 0 && d < 4 && !ws[k - 1].punct; --k, ++d)
        if (in_list(ex.sp.lexs, "free_relative_words", ws[k - 1].low))
            return false;
    return true;
}

namespace {

// A speech verb among the few words right before word p, in its clause (no punctuation between): "sagte er im
// „Spiegel“", "sagte die Ministerin Anna Roth am Sonntag im „Morgenmagazin“"; not "die Stadt sei im „Blindflug“,
// sagte Roth".
bool speech_verb_before(const std::vector<Word>& ws, const std::vector<const Lexicon*>& lexs, std::size_t p) {
    const std::size_t most_words = 8;
    for (std::size_t k = p, d = 0; k > 0 && d < most_words; --k, ++d) {
        if (ws[k - 1].punct)
            return false;
        if ((word_tags(lexs).of(ws[k - 1]) & WordTags::speech_verb) != 0)
            return true;
    }
    return false;
}

// "the author of “Harbour Lights”", "l'autrice de « La Rue calme »", "Autorin von „Die stille Straße“", "autora de
// «La calle quieta»", "regista di «La strada»": one who made a work ([work_maker_words]: author, director, composer,
// host ...) and the word linking it to its complement ([complement_words]) right before quoted words `w` opens: they
// are the work's title, no one's words (the maker is not quoted by them).
bool names_a_work_by_its_maker(const std::vector<Word>& ws, std::size_t w, const Speakers& sp) {
    if (w < 2 || ws[w - 1].punct || ws[w - 2].punct || !has_tag(sp.lexs, WordTags::complement, ws[w - 1].low))
        return false;
    const std::string_view maker = ws[w - 2].low;
    return in_list(sp.lexs, "work_maker_words", maker) ||
           in_list(sp.lexs, "work_maker_words", after_elided_prefix(maker));
}

} // namespace

// A name in quote marks inside a sentence: a newspaper („Financial Times“), a body, a ship, an
// event, a web address („news.example.org“). Nobody said those words.
// But a verb of naming a few words before gives the name as someone's words: "Trump called the winner
// “Miss Piggy”", "er nannte ihn „Herr Professor“".
bool UnitReader::names_no_one(const QuoteAt& at) const {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const QuoteKind kind = at.kind;
    // "\"home\": \"https://example.org/start\",": a web address alone in quote marks (a key's value in a block of
    // code, a link printed in quotes), whatever the words around it.
    if (qt.find(' ') == std::string::npos && (qt.find("://") != std::string::npos || qt.starts_with("www.")))
        return true;
    if (kind == QuoteKind::partial && title_like(qt)) {
        bool named = false;
        for (std::size_t w = word_index(q.open), d = 0; w > 0 && d < 6 && !named; --w, ++d) {
            // "called her “Miss Piggy” and “Miss Housekeeping”": an earlier quote coordinated with this one
            // is read past, to the verb that names both.
            if (ws[w - 1].punct) {
                // (outermost spans do not overlap: they are in the order of their closing marks too)
                auto prev = std::lower_bound(spans.begin(), spans.end(), ws[w - 1].b,
                                             [](const QuoteSpan& o, std::size_t v) { return o.close < v; });
                if (prev != spans.end() && prev->closed && prev->close == ws[w - 1].b) {
                    w = word_index(prev->open) + 1;
                    --d; // (the quote read past counts as one word)
                    continue;
                }
            }
            if (ws[w - 1].punct)
                break;
            // "skandierten Parolen wie „Falsche Wahl“", "chanted “Fake Vote”": words called out, not a name.
            named = in_list(ex.sp.lexs, "naming_words", ws[w - 1].low) ||
                    in_list(ex.sp.lexs, "chant_words", ws[w - 1].low);
        }
        if (!named)
            return true;
    }
    // "der Fernsehsender „Silverbird“", "the film "Night Harbor"", "l'opération «Bordure protectrice»": a
    // noun naming a kind of title or body right before capitalised quoted words makes them its name (but
    // "the campaign "to continue calling out bias"" quotes the campaign).
    if (kind == QuoteKind::partial) {
        std::size_t w = word_index(q.open);
        std::size_t i = 0;
        char32_t first = text::next_cp(qt, i);
        const bool capital = text::is_upper(first) || (first >= '0' && first <= '9');
        if (w > 0 && !ws[w - 1].punct && names_a_title(ws[w - 1].low, qt, ex.sp) && capital)
            return true;
        if (capital && names_a_work_by_its_maker(ws, w, ex.sp))
            return true;
        // "sagte Huber im Ö1-„Morgenjournal“", "the BBC-“Panorama” team": marks glued after a hyphen put a name
        // into a compound noun.
        if (capital && q.open >= 2 && s[q.open - 1] == '-' && s[q.open - 2] != ' ')
            return true;
        // "Vale said on “Fox & Friends.”", "who appeared on “Meet the Press”", "dans un entretien au « Monde »",
        // "w rozmowie z „Kurierem”", "zei hij tegen ‘Trouw’", "disse ao «Globo»": a preposition of
        // [title_preposition_words] before capitalised words (English title case, or a name's capitals where nouns are
        // written in lower case) gives a show's or a paper's name. Where nouns are capitalised ("im „Blindflug“" may
        // be someone's word), only in the clause of a speech verb a few words before: "sagte er im „Spiegel“".
        if (capital && w > 0 && !ws[w - 1].punct && in_list(ex.sp.lexs, "title_preposition_words", ws[w - 1].low) &&
            (title_case(qt) || title_like(qt) || qt.find(' ') == std::string::npos) &&
            (!ex.sp.capitalised_nouns || speech_verb_before(ws, ex.sp.lexs, w - 1)))
            return true;
        // "said on Fox News’s “Fox and Friends.”", "told CBS's "Face the Nation"": capitalised words after a
        // possessive name are the title of that network's or paper's show or column.
        bool show_title = false;
        if (w > 0 && !ws[w - 1].punct && ws[w - 1].upper && title_case(qt)) {
            const std::string_view pw = ws[w - 1].low;
            for (std::string_view poss : {"’s", "'s"})
                show_title = show_title || ends_after(pw, poss, 0);
        }
        if (show_title)
            return true;
        // "das Prinzip, „ein Mann, eine Stimme“": the noun and its name set off by a comma.
        if (w > 1 && ws[w - 1].low == "," && !ws[w - 2].punct && title_noun(ws[w - 2].low, ex.sp))
            return true;
        // "the so-called "experts"", "die sogenannten „Experten“", "la loi dite «Evin»": the writer keeps
        // the word at a distance or gives a name; nobody is quoted. (But "s'est dite « déçue »": after a reflexive
        // helper, [reflexive_auxiliary_words], the word is a participle of speaking.)
        if (w > 0 && !ws[w - 1].punct && in_list(ex.sp.lexs, "scare_words", ws[w - 1].low) &&
            (w < 2 || ws[w - 2].punct || !in_list(ex.sp.lexs, "reflexive_auxiliary_words", ws[w - 2].low)))
            return true;
        if (gives_a_name(w))
            return true;
    }
    return false;
}

namespace {

// The person whose name opens the sentence from byte `sent_b` (UnitReader::opening_name, before byte `open`),
// resolved: "Celebi stellte fest, dass „Q“", "Pour Paul Roux, « Q »".
std::optional<std::string> opening_speaker(const UnitReader& r, std::size_t sent_b, std::size_t open) {
    const auto o = r.opening_name(sent_b, open);
    if (!o)
        return std::nullopt;
    const std::vector<Word> sub(r.ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                r.ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
    const auto n = names_in(sub, r.ex.sp).front();
    return r.ex.resolve(r.s, r.ws, o->first + n.first, o->first + n.last, r.base + r.ws[o->first].b);
}

// "La biologiste ne désarme pas : « Q »", "Der Wirt bleibt gelassen: „Q“", "The landlord remains calm: "Q"": a sentence
// led by a colon to the quote at byte `open` and opened (at byte `from`) by an article, a person's noun (a role or a
// trade) and a verb in lower case names its subject, who says the words, not the last speaker quoted: the words
// (article and noun) of that description.
std::optional<std::pair<std::size_t, std::size_t>> opening_description(const UnitReader& r, std::size_t from,
                                                                       std::size_t open) {
    const std::vector<Word>& ws = r.ws;
    const Speakers& sp = r.ex.sp;
    const std::size_t w0 = r.word_index(from);
    if (w0 + 2 >= ws.size() || ws[w0 + 2].b >= open || ws[w0].punct || !has_tag(sp.lexs, WordTags::article, ws[w0].low))
        return std::nullopt;
    const Word& noun = ws[w0 + 1];
    // (not a name in apposition: "Le maire, Paul Roux, ..." is read as a name; not a role of a body, "The spokeswoman
    // of the RARTN listed the demands:", whose words are read as the last speaker's or another's)
    const Word& verb = ws[w0 + 2];
    if (noun.punct || (!role_noun(noun.low, sp) && !trade_noun(noun.low, sp)) || verb.punct || verb.upper ||
        has_tag(sp.lexs, WordTags::complement, verb.low) || has_tag(sp.lexs, WordTags::preposition, verb.low))
        return std::nullopt;
    // "Il ministro tedesco: «Q»", "El líder socialista: “Q”": a nationality or a party's word right before the colon
    // is the noun's adjective, no verb, and part of the description (it tells the holder from the others).
    if (w0 + 3 < ws.size() && ws[w0 + 3].low == ":" && ws[w0 + 3].e <= open &&
        (sp.nationality(verb.low) || in_list(sp.lexs, "party_words", verb.low)))
        return std::make_pair(w0, w0 + 2);
    return std::make_pair(w0, w0 + 1);
}

// "Für Jan Moll, Sprecher der Grünen, ist das „Q“", "Pour Yann Morvan, « Q »", "Para Juan Morales, “Q”", "Dla Anny
// Nowak to „Q”": a sentence opened by a word of [view_words] and a person's name gives that person's view, the
// quote before byte `open` in it theirs: that person, resolved.
std::optional<std::string> view_holder(const UnitReader& r, std::size_t sent_b, std::size_t open) {
    const std::size_t w0 = r.word_index(sent_b);
    if (w0 >= r.ws.size() || r.ws[w0].punct || r.ws[w0].b >= open || !in_list(r.ex.sp.lexs, "view_words", r.ws[w0].low))
        return std::nullopt;
    if (auto who = opening_speaker(r, sent_b, open))
        return who;
    // "Für die Seeländer Zeitung ist das „Q“", "Für die Alpenpost ist klar: „Q“" (after "schreibt die Alpenpost"):
    // where nouns are capitalised a paper's name is no person's, and opens no name; after the preposition and an
    // article, one to four capitalised words ending on a noun of a title ([title_words]: "Zeitung", "Tageszeitung"),
    // or naming a body the page knows that is no person, are the paper whose view it is. (Not "Für die Anwohner",
    // a common noun the page names no body by.)
    const std::vector<Word>& ws = r.ws;
    const Speakers& sp = r.ex.sp;
    const std::size_t most_words = 4;
    std::size_t j = w0 + 1;
    if (!sp.capitalised_nouns || j + 1 >= ws.size() || ws[j].punct || ws[j].upper ||
        !has_tag(sp.lexs, WordTags::article, ws[j].low))
        return std::nullopt;
    const std::size_t b = ++j;
    while (j < ws.size() && ws[j].b < open && j < b + most_words && !ws[j].punct && ws[j].upper &&
           !sp.stopword(ws[j].low))
        ++j;
    if (j == b || j >= ws.size() || ws[j].b >= open || ws[j].upper)
        return std::nullopt;
    const int known = sp.find_person(span_text(r.s, ws, b, j - 1));
    if (!title_noun(ws[j - 1].low, sp) && (known < 0 || sp.people[static_cast<std::size_t>(known)].personal))
        return std::nullopt;
    return r.ex.resolve(r.s, ws, b - 1, j - 1, r.base + ws[b - 1].b); // (read with its article, as a cue's subject)
}

} // namespace

// No cue. A whole quoted statement continues the previous speaker's words; a short quoted term
// without a cue is a title, a name or a scare quote, not a quotation.
void UnitReader::attribute_without_cue(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const auto& sentence = at.sentence;
    const std::size_t sent_b = at.sent_b, sent_e = at.sent_e;
    const std::string_view before = at.before;
    const QuoteKind kind = at.kind;
    // "'All Bets Are Off.'" alone on its line: words in title case with no cue are a heading or a title.
    if (kind == QuoteKind::direct && !ex.sp.capitalised_nouns && title_case(qt))
        return;
    // (a quote alone on its line of the body, nothing after its closing mark, first)
    if (kind == QuoteKind::direct && u.where == Where::body && q.open < 4 && q.close_len > 0 &&
        text::trim(s.substr(q.close + q.close_len)).empty() && repeats_body_quote(*this, qt))
        return;
    // "Le maire : « Pas question. »", "Die Ministerin: „Auf keinen Fall.“": a short sentence quoted after a colon lead
    // that names someone (colon_label_name) is theirs, however few its words. So are short words closing the unit
    // after an article's label, as a standfirst prints a sentence without its stop ("Il 45enne imputato: «Sono
    // innocente»"; not "Processo Ferri: «Q»", a topic's).
    auto labelled_sentence = [&] {
        const std::size_t w0 = word_index(sent_b);
        const bool closes_unit =
            q.close_len > 0 && w0 < ws.size() && has_tag(ex.sp.lexs, WordTags::article, ws[w0].low) &&
            text::trim(s.substr(q.close + q.close_len)).find_first_not_of(".!?") == std::string::npos;
        if (before.empty() || before.back() != ':' || u.where == Where::headline || !has_words(qt, 2) ||
            (qt.back() != '.' && qt.back() != '!' && qt.back() != '?' && !closes_unit))
            return false;
        return colon_label_name(ws, word_index(sent_b), word_index(q.open), ex.sp).has_value();
    };
    if (kind == QuoteKind::direct && (has_words(qt, 4) || short_follow_on(*this, at) || labelled_sentence())) {
        // "The Daily Ledger reports: / “Q”": the paragraph before closed on a colon after a clause naming the speaker.
        if (u.where == Where::body && q.open < 4 && colon_lead.speaker && colon_lead.section == u.section &&
            colon_lead.paragraph + 1 == u.paragraph) {
            ex.add(out, colon_lead.speaker);
            return;
        }
        // "Wat antwoordt u daarop? / ‘Q’": the answer to an interviewer's question is the interviewee's, not the
        // last speaker's (the councillor the question quoted).
        if (u.answers && q.open < 4) {
            ex.add(out, interviewee(ex));
            return;
        }
        std::optional<std::string> spk = u.where == Where::body ? carried_speaker(*this, q.open) : std::nullopt;
        bool local = false; // a speaker found in this paragraph
        // "Suttner begründete sein Verhalten. „Q“": the person the paragraph just spoke of.
        if (ex.sp.mentioned_before(base + q.open)) {
            // Only a person: a place or a body named in the paragraph ("Harvard University") does not
            // take the words from the last speaker.
            if (auto who = unit_person(q.open)) {
                spk = who;
                local = true;
            }
        }
        // "Der Sprecher, Jonas Keller, versuchte mit den Worten zu beruhigen: „Q“", "Nora Field put it
        // simply: "Q"": a colon after the writer's clause hands the words to the person that clause names.
        if (!before.empty() && before.back() == ':') {
            // (after an earlier quote of the sentence: „Q1.“ Der Sprecher ...: „Q2“)
            std::size_t from = sent_b;
            if (quoted.size() >= 2 && quoted[quoted.size() - 2].second > from)
                from = quoted[quoted.size() - 2].second;
            // ("Example: “Q”": a writer's sample, nobody's; read below)
            const auto name = u.where != Where::headline && !writers_phrase(*this, at)
                                  ? colon_label_name(ws, word_index(from), word_index(q.open), ex.sp)
                                  : std::nullopt;
            if (name)
                out.mention = span_text(s, ws, name->first, name->second);
            // ("Aston Villa head coach Unai Emery:": the name after the role, not the body's before it)
            if (const std::size_t holder = name ? label_role_name(ws, name->first, name->second + 1, ex.sp) : 0) {
                ex.add(out, ex.resolve(s, ws, holder, name->second, base + ws[holder].b));
                return;
            }
            if (auto who = sentence_person(from, q.open, true)) {
                ex.add(out, who);
                return;
            }
            // "Für die Seeländer Zeitung ist klar: „Q“", "Pour la Tribune du Lac, c'est simple : « Q »": a view's
            // preposition and a name opening the sentence give the words to that name, a paper or a person, as they
            // do a partial quote (view_holder).
            if (auto holder = from == sent_b ? view_holder(*this, sent_b, q.open) : std::nullopt) {
                ex.add(out, holder);
                return;
            }
            if (name) {
                ex.add(out, ex.resolve(s, ws, name->first, name->second, base + ws[name->first].b));
                return;
            }
            if (auto d = u.where != Where::headline ? opening_description(*this, from, q.open) : std::nullopt) {
                out.mention = span_text(s, ws, d->first, d->second);
                ex.add(out, ex.resolve(s, ws, d->first, d->second, base + ws[d->first].b));
                return;
            }
        }
        // "Der BGH widersprach der Ansicht. „Q“", "Jane Doe described the plan. "Q"": the subject of a
        // speech verb in the sentence just before speaks on.
        // Sentences are in order: the last one ending before this one starts.
        const std::size_t starts = sentence.first;
        auto prev = std::make_reverse_iterator(std::upper_bound(
            sents.begin(), sents.end(), starts,
            [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.second; }));
        if (prev != sents.rend()) {
            auto [pb, pe] = *prev;
            auto from = std::lower_bound(cues.begin(), cues.end(), pb, [](const Cue& c, std::size_t v) { return c.begin < v; });
            for (auto it = from; it != cues.end() && it->end <= pe && it->end <= q.open; ++it) {
                auto r = std::upper_bound(quoted.begin(), quoted.end(), it->begin,
                                          [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.first; });
                bool in_quote = r != quoted.begin() && it->begin < std::prev(r)->second;
                if (in_quote || !it->pronoun.empty())
                    continue;
                if (auto m = ex.mention_before(ws, word_index(it->begin)); m && ws[m->first].b >= pb) {
                    if (auto who = ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b)) {
                        spk = who;
                        local = true;
                        break;
                    }
                }
            }
            // "Die SPD will am Kurs festhalten. „Q“": with no person in the paragraph, a body opening the
            // sentence before speaks on.
            if (!local)
                if (auto a = opening_acronym(pb, pe))
                    spk = ex.resolve(s, ws, *a, *a, base + ws[*a].b);
        }
        // "But for Parata the deaths are personal. / “It's very emotional.”": a quote opening a paragraph
        // after a paragraph of the writer's (no quote in it) that spoke of a person is that person's.
        if (!local && q.open < 4)
            if (auto who = writer_paragraph_person(false)) {
                spk = who;
                local = true;
            }
        // A quoted statement far from the last attributed quote (in another section, or five paragraphs on) and
        // naming no one around it continues nobody's words: a pull quote alone on its line, or the title of a
        // teaser in the page around the article, is no quote. But "The pier closed in May. “The tide waits for
        // nobody.” The school stayed open.": a sentence closing on its own mark among the writer's prose in a
        // running paragraph is a quote, whose speaker the text does not tell (a reference's title between its
        // authors and its publisher closes on none).
        // (A quote run on over paragraphs, '"Q1 / "Q2 / ... / "Q6."', is as far as the paragraph where it opened.)
        const int sec = opened_paragraph >= 0 ? opened_section : u.section;
        const int par = opened_paragraph >= 0 ? opened_paragraph : u.paragraph;
        if (!local && u.where == Where::body && ex.cue_section >= 0 &&
            (sec != ex.cue_section || par - ex.cue_paragraph >= 5)) {
            if (!closes_sentence(at.inner) || !prose_around(*this))
                return;
            spk.reset();
        }
        // "For example: “Ugh, I lost my keys again!”": words no one here claims may be the writer's sample.
        if (!spk && writers_phrase(*this, at))
            return;
        // "Practise your look when you say, “Me, a star? Never!”": a cue before the comma whose subject is the reader
        // addressed, with no speaker near, made the words a sample line, no one's whole sentence: they are read as
        // the writer's words around them are.
        if (!spk && at.addressed_cue) {
            QuoteAt partial = at;
            partial.kind = out.kind = QuoteKind::partial;
            attribute_without_cue(partial, out);
            return;
        }
        ex.add(out, spk);
    } else if (kind == QuoteKind::partial && has_words(qt, 6) && !listing(sent_b, sent_e)) {
        // (but "the bill, known as the “Clean Harbour Act”": a name in capitals is no wording of the law's; the
        // sentence's first words are read first, most quotes' sentences opening with no law)
        if (cites_text(*this, sent_b, q.open) && !title_like(qt) && !title_case(qt))
            return;
        // "Celebi stellte fest, dass „die Hilferufe ... nicht ernst genommen worden“ seien": with no cue
        // the writer's sentence still names its subject first, when it opens with a person's name.
        std::optional<std::string> spk;
        if (opening_name(sent_b, q.open)) {
            spk = opening_speaker(*this, sent_b, q.open);
        } else if (auto a = opening_acronym(sent_b, q.open)) {
            spk = ex.resolve(s, ws, *a, *a, base + ws[*a].b);
        } else {
            // "Zu dieser Zeit ging Celebi noch davon aus, dass „Q“": else the first person the sentence
            // names before the quote, known or standing where a subject stands ("ging Anna Roth davon
            // aus"), not one governed by a preposition.
            spk = sentence_person(sent_b, q.open, true);
        }
        // "“Q1,” Ann Roe said. “You sent the bills to the families” of the town.": a sentence opening with
        // the quote, in a paragraph whose last quote has a speaker, goes on with that speaker's words.
        if (!spk && u.where == Where::body && q.open == sentence.first && ex.quotes.size() > first_quote &&
            ex.quotes.back().speaker)
            spk = ex.quotes.back().speaker;
        // "„Q1“, so Suttner. Außerdem hätte der Sender „die Gelegenheit gegeben, ...“": a sentence in the
        // mood of reported speech that names no one goes on with the words of the last speaker.
        if (!spk && u.where == Where::body && reported(sent_b, sent_e)) {
            if (quotes_between(sent_b, sent_e) >= 2) {
                orphans.push_back({out, pending, carried_speaker(*this, q.open)});
                return;
            }
            spk = carried_speaker(*this, q.open);
        }
        // "the phrase “run the numbers before you run”", "type “my first harbour project” in the field": nobody's.
        if (!spk && writers_phrase(*this, at))
            return;
        ex.add(out, spk);
    } else if (auto holder = kind == QuoteKind::partial && !title_case(qt) ? view_holder(*this, sent_b, q.open)
                                                                             : std::nullopt) {
        // "Für Jan Moll, Sprecher der Grünen, ist das „ein fatales Signal“", "Pour Anne Roux, c'est un « recul »": a
        // sentence opened by a view's preposition and a name gives the words to that person, however few.
        ex.add(out, holder);
    } else if (kind == QuoteKind::partial && u.where == Where::body && has_words(qt, 2) &&
               reported(sent_b, sent_e)) {
        // "Der Niederländer sei „nicht aggressiv“", "Le ministre serait « très inquiet »": a sentence in the
        // mood of reported speech goes on with the words of the person the text last reported (a single
        // quoted word there is still a term or a name: „Strahlenphobie“), unless the sentence names a
        // person before the quote ("Zuvor habe Celebi „die Verhandlung verzögert“").
        // But "Die „A“ hätten „B“ getan, so Murtha": another quote of the sentence may have a cue of its own.
        auto who = sentence_person(sent_b, q.open, true);
        if (!who && quotes_between(sent_b, sent_e) >= 2)
            orphans.push_back({out, pending, carried_speaker(*this, q.open)});
        else if (auto spk = who ? who : carried_speaker(*this, q.open); spk || !writers_phrase(*this, at))
            ex.add(out, spk);
    } else if (kind == QuoteKind::partial) {
        orphans.push_back({out, pending, u.where == Where::body ? characteriser(*this, sent_b, q.open) : std::nullopt});
    }
}

// The orphans take the attribution of the first quote of their sentence that has a cue and a speaker, else of
// the first that has a cue ("calls people “losers” and “sad.”": the words of someone the text does not name).
void UnitReader::place_orphans() {
    // The first quote of each sentence with a cue and a speaker, then with a cue alone, found in two passes (not
    // once per orphan).
    std::unordered_map<std::size_t, std::size_t> attributed; // sentence -> index in placed
    for (const bool need_speaker : {true, false})
        for (std::size_t j = 0; j < placed.size() && !orphans.empty(); ++j) {
            const Quote& other = ex.quotes[first_quote + j];
            if (other.cue && (other.speaker || !need_speaker))
                attributed.emplace(placed[j].sentence, j);
        }
    for (auto& o : orphans) {
        auto by = attributed.find(o.at.sentence);
        if (by == attributed.end()) {
            if (!o.fallback)
                continue;
            std::size_t at = 0;
            while (at < placed.size() && placed[at].open < o.at.open)
                ++at;
            o.quote.speaker = o.fallback;
            ex.quotes.insert(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), o.quote);
            placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), o.at);
            continue;
        }
        std::size_t j = by->second;
        const Quote& other = ex.quotes[first_quote + j];
        o.quote.speaker = other.speaker;
        o.quote.mention = other.mention;
        o.quote.cue = other.cue;
        std::size_t at = o.at.open < placed[j].open ? j : j + 1;
        ex.quotes.insert(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), o.quote);
        placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), o.at);
    }
}

} // namespace quoting
} // namespace archive
