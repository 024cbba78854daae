// The shapes of a picture's credit closing its caption or standing alone (classify stage), which
// split_trailing_credit() (credit_captions.cpp) and the credits' lines read: a photographer and the outlet, a bare name
// or an archive's word after the caption's stop, a name and an outlet joined by a slash, an institution, a rights
// notice, a copyright sign, a credit's label glued to the caption, an outlet's name in capitals.
#include "classify.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "notices_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <vector>

namespace archive {

namespace {

// "«", "»", "“", "„", "\"": a word that is a quotation mark alone, which may stand around an outlet's name
// ("pour « Le Monde »"); `w` with its opening and closing quotation marks taken off otherwise ("«Le", "Monde»").
std::string_view without_quote_marks(std::string_view w) {
    // (Any mark of text::is_quote_mark() on either side: "»Die Zeit«" and "„Bild“" open with a closing mark.)
    for (std::size_t at = 0; !w.empty(); at = 0) {
        if (!text::is_quote_mark(text::next_cp(w, at)))
            break;
        w.remove_prefix(at);
    }
    for (std::size_t at = w.size(); !w.empty(); at = w.size()) {
        if (!text::is_quote_mark(text::prev_cp(w, at)))
            break;
        w.remove_suffix(w.size() - at);
    }
    return w;
}

} // namespace

bool photographer_for_outlet(std::string_view tail) {
    static const LexiconSection* fors = common_lexicon().section("outlet_for_words"); // (looked up once)
    const std::size_t most_outlet_words = 5;
    const auto words = text::split_ws(tail);
    if (fors == nullptr || words.size() < 4 || words.size() > 4 + most_outlet_words)
        return false;
    for (std::size_t k = 2; k <= 4 && k + 1 < words.size(); ++k) {
        // ("JANE ROE POUR « LE QUOTIDIEN »": a credit in capitals has its word for the outlet in capitals too.)
        if (!fors->has(words[k]) && !(text::starts_upper(words[k]) && fors->has(text::lower(words[k]))))
            continue;
        const std::vector<std::string_view> name(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
        const char last = words.back().back();
        // The outlet's words, the quotation marks around its name set aside.
        std::size_t outlet = 0;
        for (std::size_t j = k + 1; j < words.size(); ++j) {
            const std::string_view w = without_quote_marks(words[j]);
            if (w.empty())
                continue;
            if (!text::starts_upper(w))
                return false;
            ++outlet;
        }
        return outlet >= 1 && outlet <= most_outlet_words && bare_name(name) && last != '.' && last != ':' &&
               last != ',';
    }
    return false;
}

// "Deputies at the vote — Foto: Jane Roe/Agência" -> "Deputies at the vote": the mark that parts a caption from the
// credit after it on one line (lexicon section credit_separator_marks, after a space) is neither's.
std::string_view without_separator(std::string_view caption) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    caption = text::trim(caption);
    const std::size_t space = caption.rfind(' ');
    if (marks == nullptr || space == std::string_view::npos || !marks->has(caption.substr(space + 1)))
        return caption;
    return text::trim(caption.substr(0, space));
}

// "La sede del Comune di Valle", "The ferry at the pier in May": a caption's short phrase before the agency closing
// its line, a capital opening it and no stop, colon nor comma in it or closing it (a sentence of the text ends on a
// stop before its agency's tag: "... según la policía. (EFE)").
// "Il cantiere del ponte, chiuso al traffico dal 2024", "The old pier, closed since the storm": a comma or two may
// part the phrase when two words or more stand before the first and they are no person's name ("Roma, 5 dicembre
// (Ansa)" is a dateline, "Mario Rossi, Roma (ANSA)" a signature).
bool phrase_before_credit(std::string_view before) {
    const std::size_t least_words = 2, most_words = 15, most_commas = 2;
    before = text::trim(before);
    if (before.empty() || !text::starts_upper(before) || before.find_first_of(".:;!?") != std::string_view::npos ||
        before.back() == ',')
        return false;
    if (const std::size_t comma = before.find(','); comma != std::string_view::npos) {
        const auto opening = text::split_ws(before.substr(0, comma));
        if (static_cast<std::size_t>(std::count(before.begin(), before.end(), ',')) > most_commas ||
            opening.size() < least_words || bare_name(opening))
            return false;
    }
    const std::size_t words = text::split_ws(before).size();
    return words >= least_words && words <= most_words;
}

// "Rober Solsona", "Jane Roe (EFE)", "Ana Souza/Lusa": a photographer's name of two to four words (bare_name()), perhaps
// closed by the agency in a parenthesis or after a slash, which a caption's separator mark leads to after its stop
// ("... del Cabanyal. / Rober Solsona"): the mark says a credit follows, the name is all it holds.
bool name_shaped_credit(std::string_view credit) {
    credit = text::trim(credit);
    if (credit.ends_with(")")) {
        const std::size_t open = credit.rfind('(');
        if (open == std::string_view::npos || open == 0 || !agency_tag(credit.substr(open)))
            return false;
        credit = text::trim(credit.substr(0, open));
    }
    auto words = text::split_ws(credit);
    if (words.empty())
        return false;
    if (const std::size_t slash = words.back().find('/'); slash != std::string_view::npos) {
        const std::string_view agency = words.back().substr(slash + 1);
        if (slash == 0 || agency.empty() || !text::starts_upper(agency) || !is_credit_word(agency))
            return false;
        words.back() = words.back().substr(0, slash);
    }
    return bare_name(words);
}

// "La escritora, el pasado miércoles en su casa de Madrid. Andrea Comas", "Il sindaco sul molo del porto, ieri
// mattina. Marco Bianchi": a photographer's name alone (bare_name(), two or three words, each capitalised, letters
// only) glued after the caption's one stop, with no mark before it. The caption is one sentence of five to thirty
// words with no question, exclamation or quotation mark (a paragraph of the text holds more sentences or a quote), and
// a word of three letters or more with no stop inside closes it ("Dr. Jane Roe" is a title before a name, "Anna
// Roe a.k.a. Anna Lee" an alias); a consent notice before its buttons is none.
bool bare_name_after_caption(std::string_view line, std::size_t dot) {
    const std::size_t least_caption_words = 5, most_caption_words = 30, most_name_words = 3, least_last_word = 3;
    const std::string_view tail = text::trim(line.substr(dot + 1)), caption = line.substr(0, dot);
    const auto name = text::split_ws(tail);
    if (name.size() < 2 || name.size() > most_name_words ||
        std::any_of(name.begin(), name.end(), [](std::string_view w) {
            return !text::starts_upper(w) || std::any_of(w.begin(), w.end(), [](char c) {
                       return (c >= '0' && c <= '9') || (std::ispunct(static_cast<unsigned char>(c)) != 0 && c != '-' &&
                                                         c != '\'');
                   });
        }) ||
        !bare_name(name))
        return false;
    const std::size_t word = caption.rfind(' ');
    const std::string_view last = word == std::string_view::npos ? caption : caption.substr(word + 1);
    if (last.size() < least_last_word || last.find('.') != std::string_view::npos ||
        !(static_cast<unsigned char>(last.back()) >= 0x80 || (last.back() >= 'a' && last.back() <= 'z')))
        return false;
    if (caption.find(". ") != std::string_view::npos || caption.find_first_of("?!\"") != std::string_view::npos ||
        caption.find("\u00ab") != std::string_view::npos || caption.find("\u201c") != std::string_view::npos ||
        caption.find("\u201d") != std::string_view::npos || caption.find("\u00bb") != std::string_view::npos)
        return false;
    // ("Questo sito utilizza cookie ... di profilazione. Accetta Rifiuta": a consent notice and its buttons.)
    const std::size_t words = text::split_ws(caption).size();
    return text::starts_upper(caption) && words >= least_caption_words && words <= most_caption_words &&
           !is_consent_notice(line);
}

namespace {

// "Amélia Rebelo na sua oficina, em 2015 Paulo Novais/Lusa", "Der Steg im Winter Jane Roe/Keystone": the
// photographer's name and the agency after a slash (a credit word) close a caption that no stop closes. The name is
// the capitalised word before the slashed word, and the word before it too when that is a given name the lexicon
// knows (section known_given_name_words: "Anna Maria Roe/AFP"); a place may close the caption before the name ("...
// cabaret in Paris Jane Roe/Reuters"). The caption is three words at least. Returns where the credit opens.
std::optional<std::size_t> slashed_name_closing(std::string_view line) {
    const std::size_t least_caption_words = 3;
    if (line.empty() || line.back() == '.' || line.back() == ')')
        return std::nullopt;
    const std::size_t last_space = line.rfind(' ');
    if (last_space == std::string_view::npos || last_space == 0)
        return std::nullopt;
    const std::string_view last = line.substr(last_space + 1);
    const std::size_t slash = last.find('/');
    if (slash == std::string_view::npos || slash == 0 || last.find('/', slash + 1) != std::string_view::npos ||
        !text::starts_upper(last) || !text::starts_upper(last.substr(slash + 1)) ||
        !is_credit_word(last.substr(slash + 1)))
        return std::nullopt;
    // The word that ends at `end` (a space after it) and the space before it (npos at the line's start).
    auto word_before = [&](std::size_t end) {
        const std::size_t space = line.rfind(' ', end - 1);
        const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
        return std::make_pair(line.substr(from, end - from), space);
    };
    auto name_word = [](std::string_view w) {
        return text::starts_upper(w) && bare_name_word(w) && w.find('.') == std::string_view::npos;
    };
    auto [first, space] = word_before(last_space);
    if (!name_word(first) || space == std::string_view::npos || space == 0)
        return std::nullopt;
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (const auto [before, further] = word_before(space);
        further != std::string_view::npos && further > 0 && name_word(before) && given != nullptr &&
        given->has(text::lower(before)))
        space = further;
    const std::string_view caption = line.substr(0, space);
    if (!text::starts_upper(caption) || text::split_ws(caption).size() < least_caption_words)
        return std::nullopt;
    return space + 1;
}

// "Arquivo", "Archivio", "Archives": a capitalised word of lexicon section archive_credit_words.
bool archive_word(std::string_view w) {
    static const LexiconSection* archives = common_lexicon().section("archive_credit_words"); // (looked up once)
    return archives != nullptr && text::starts_upper(w) && w.size() <= archives->longest && archives->has(text::lower(w));
}

} // namespace

// "Arquivo DM", "Archivio Ansa", "Archives AFP", "Archiv Jane Roe", "Archivo.": an archive's credit, a capitalised
// word of lexicon section archive_credit_words, then one to three words that credit a picture (the paper's or the
// agency's initials in capitals, a credit word or an agency, a person's name), or nothing when `alone` (a stop may
// close the last word).
bool archive_credit(std::span<const std::string_view> words, bool alone) {
    const std::size_t most_credit_words = 3;
    if (words.empty() || words.size() > most_credit_words + 1)
        return false;
    std::vector<std::string_view> own(words.begin(), words.end());
    if (own.back().size() > 1 && own.back().back() == '.')
        own.back().remove_suffix(1);
    if (!archive_word(own.front()))
        return false;
    if (own.size() == 1)
        return alone;
    auto initials = [](std::string_view w) {
        const auto letters = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        return letters >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '&';
               });
    };
    const std::vector<std::string_view> credit(own.begin() + 1, own.end());
    return bare_name(credit) || std::all_of(credit.begin(), credit.end(), [&](std::string_view w) {
               return initials(w) || (text::starts_upper(w) && is_credit_word(w));
           });
}

namespace {

// "Amélia Rebelo na inauguração da exposição, em 2019 Arquivo DM", "Il sindaco sul molo nel 2019 Archivio Ansa",
// "Le maire sur le quai en 2019 Archives AFP": an archive's credit (archive_credit()) closes a caption that no stop
// closes. The caption is three words at least, opening with a capital, and its last word is no small word of a
// language ("Documentos raros no Arquivo DM": the archive is a place the line names). Returns where the credit opens.
std::optional<std::size_t> archive_credit_closing(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_words = 3;
    if (line.empty() || line.back() == '.' || line.back() == ')' || line.back() == ':' || !text::starts_upper(line))
        return std::nullopt;
    // The line's last words, read from its end (most lines asked are long, and only their end is read): tail[0] the
    // last one.
    std::array<std::string_view, most_credit_words + 2> tail;
    std::size_t count = 0, end = line.size();
    while (count < tail.size() && end > 0) {
        const std::size_t space = line.rfind(' ', end - 1);
        const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
        if (from < end)
            tail[count++] = line.substr(from, end - from);
        if (space == std::string_view::npos)
            break;
        end = space;
    }
    for (std::size_t n = 2; n <= most_credit_words + 1 && n < count; ++n) {
        // (Most lines end on no archive's word followed by a few words: its first letter and the list settle them.)
        if (!archive_word(tail[n - 1]))
            continue;
        // (tail is in reverse order: the credit's words read forward are tail[n-1] .. tail[0].)
        const std::vector<std::string_view> credit(std::make_reverse_iterator(tail.begin() + static_cast<std::ptrdiff_t>(n)),
                                                   std::make_reverse_iterator(tail.begin()));
        if (!archive_credit(credit, false))
            continue;
        const auto at = static_cast<std::size_t>(credit.front().data() - line.data());
        std::string_view before = tail[n];
        while (!before.empty() && (before.back() == ',' || before.back() == ';'))
            before.remove_suffix(1);
        if (tokens_up_to(line.substr(0, at), least_caption_words) < least_caption_words ||
            stopword_languages(text::lower(before)) != 0)
            return std::nullopt;
        return at;
    }
    return std::nullopt;
}

} // namespace

namespace {

// "12.nov.2026", "3.fev.2025": the day an archive's picture was taken as Brazilian papers print it in the credit: one
// or two figures, a stop, the month's three small letters, a stop, four figures.
bool archive_day(std::string_view w) {
    const std::size_t first = w.find('.');
    if (first == std::string_view::npos || first == 0 || first > 2 || w.size() != first + 9 || w[first + 4] != '.')
        return false;
    const std::string_view month = w.substr(first + 1, 3);
    return text::all_ascii_digits(w.substr(0, first)) && text::all_ascii_digits(w.substr(first + 5)) &&
           std::all_of(month.begin(), month.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

// "Ellen Marsh/WKVR", "Caio Venturelli/Folhapress", "Hugo Lemaire/Le Courrier du Val": a photographer's name (two to
// four words, bare_name()) and, after one slash, the outlet the picture is from in one to four words, the first and
// the last capitalised (a particle of three letters at most between them), no figure and no stop: the credit's shape,
// whichever outlet it names (slashed_credit() needs one the lexicon knows).
// "Rubens Valadão - 12.nov.2026/Folhapress", "Ana Lima - 3.fev.2025/Folhapress": the day an archive's picture was
// taken (day, the month's three small letters, year, stops between: "12.nov.2026") may stand after a dash (lexicon
// section credit_separator_marks) between the name and the slash; it is part of the credit and names nobody.
bool person_slash_outlet(std::string_view inner) {
    inner = text::trim(inner);
    const std::size_t slash = inner.find('/');
    if (slash == std::string_view::npos || slash == 0 || inner.find('/', slash + 1) != std::string_view::npos)
        return false;
    std::string_view name = inner.substr(0, slash);
    if (const std::size_t space = name.rfind(' ');
        space != std::string_view::npos && space > 2 && name[space - 1] != ' ' &&
        archive_day(name.substr(space + 1))) {
        static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
        const std::size_t mark = name.rfind(' ', space - 1);
        if (marks == nullptr || mark == std::string_view::npos || !marks->has(name.substr(mark + 1, space - mark - 1)))
            return false;
        name = name.substr(0, mark);
    }
    if (name.find_first_of("0123456789.,;:!?()[]@") != std::string_view::npos ||
        inner.find_first_of("0123456789.,;:!?()[]@", slash) != std::string_view::npos)
        return false;
    return outlet_name(inner.substr(slash + 1)) && bare_name(text::split_ws(name));
}

// "Folhapress", "Le Courrier du Val", "Prefeitura de Campinas": an outlet's or a body's name after a credit's slash,
// one to four words, the first and the last capitalised, a particle of three letters at most between them.
bool outlet_name(std::string_view words) {
    const std::size_t most_outlet_words = 4, longest_particle = 3;
    const auto outlet = text::split_ws(words);
    return !outlet.empty() && outlet.size() <= most_outlet_words && text::starts_upper(outlet.front()) &&
           text::starts_upper(outlet.back()) && std::all_of(outlet.begin(), outlet.end(), [&](std::string_view w) {
               return text::starts_upper(w) || w.size() <= longest_particle;
           });
}

namespace {

// "20min/Marvin Ancian", "Le Nouvelliste/Sacha Bittel", "Hafenblatt/Jane Roe": the outlet the picture is from, in one
// to three words, the first opening with a capital or a figure, and after one slash the photographer's name (two to
// four words, bare_name()): person_slash_outlet() the other way round. No stop, comma or parenthesis.
bool outlet_slash_person(std::string_view inner) {
    const std::size_t most_outlet_words = 3;
    inner = text::trim(inner);
    const std::size_t slash = inner.find('/');
    if (slash == std::string_view::npos || slash == 0 || inner.find('/', slash + 1) != std::string_view::npos ||
        inner.find_first_of(".,;:!?()[]@") != std::string_view::npos)
        return false;
    const auto outlet = text::split_ws(inner.substr(0, slash));
    const auto name = text::split_ws(inner.substr(slash + 1));
    if (outlet.empty() || outlet.size() > most_outlet_words ||
        !(text::starts_upper(outlet.front()) || (outlet.front()[0] >= '0' && outlet.front()[0] <= '9')) ||
        std::any_of(name.begin(), name.end(), [](std::string_view w) {
            return w.find_first_of("0123456789") != std::string_view::npos;
        }))
        return false;
    return bare_name(name);
}

// "Moradores na rua alagada, em Bento Figueira - Caio Venturelli/Folhapress", "Der Steg im Winter | Jane Roe/Seeblatt":
// a separator mark (lexicon section credit_separator_marks, between spaces) and a photographer's name with the outlet
// after a slash (person_slash_outlet()) close a caption of three words or more, opening with a capital, that no stop
// need close: the mark says a credit follows, the slash says whose. Returns where the credit opens.
std::optional<std::size_t> marked_person_outlet_closing(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_bytes = 80;
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    if (marks == nullptr || line.find('/') == std::string_view::npos)
        return std::nullopt;
    const std::size_t from = line.size() > most_credit_bytes ? line.size() - most_credit_bytes : 0;
    for (std::size_t sp = line.rfind(' '); sp != std::string_view::npos && sp > from; sp = line.rfind(' ', sp - 1)) {
        const std::size_t before = line.rfind(' ', sp - 1);
        if (before == std::string_view::npos || before == 0)
            return std::nullopt;
        if (!marks->has(line.substr(before + 1, sp - before - 1)))
            continue;
        // ("... - Rubens Valadão - 12.nov.2026/Folhapress": the dash before the archive's day parts no credit; the
        // one before the name does.)
        if (const std::string_view after = line.substr(sp + 1); after.find('/') != std::string_view::npos &&
                                                                 archive_day(after.substr(0, after.find('/'))))
            continue;
        const std::string_view caption = text::trim(line.substr(0, before));
        if (!person_slash_outlet(line.substr(sp + 1)) || !text::starts_upper(caption) ||
            text::split_ws(caption).size() < least_caption_words)
            return std::nullopt;
        return sp + 1;
    }
    return std::nullopt;
}

} // namespace

// "... prasowej. Fot. Jan Roe / Agencja": the stop at `dot` closes a credit's shortened label (lexicon section
// credit_prefixes), the word it ends.
bool label_stop(std::string_view line, std::size_t dot) {
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    const std::size_t space = line.rfind(' ', dot);
    const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
    return prefixes != nullptr && dot >= from && prefixes->has(text::lower(line.substr(from, dot - from + 1)));
}

// slashed_name_closing() (or archive_credit_closing(), marked_person_outlet_closing()) of the line as a caption and
// its credit (a separator mark between them is neither's).
std::optional<std::pair<std::string, std::string>> slashed_name_split(std::string_view line) {
    auto at = slashed_name_closing(line);
    if (!at)
        at = archive_credit_closing(line);
    if (!at)
        at = marked_person_outlet_closing(line);
    if (!at)
        return std::nullopt;
    std::string caption = text::collapse(without_separator(line.substr(0, *at)));
    if (caption.empty())
        return std::nullopt;
    return std::make_pair(std::move(caption), std::string(line.substr(*at)));
}

// "... en la calle Mayor. / Ayuntamiento de Villanueva de la Sierra", "... após as cheias. / Câmara Municipal de
// Vila Nova", "... przy moście. / Fundacja Miasto dla Ludzi", "... / Ayto. de San Martín": an institution's name,
// which a slash or a bar after a caption's stop leads to. Two to eight words, the first and the last capitalised,
// each capitalised (letters, a stop closing a shortened one: "Ayto.") or a small word of the particles of a name
// (lexicon sections place_particle_words, name_particle_words, institution_particle_words) between two. ("... el
// pleno. / Leer más": a word in small letters that no name holds; "... | Compartir": one word, a button's as well.)
bool institution_credit(std::string_view credit) {
    const std::size_t most_words = 8;
    const auto words = text::split_ws(text::trim(credit));
    if (words.size() < 2 || words.size() > most_words || !text::starts_upper(words.back()))
        return false;
    static const LexiconSection* places = common_lexicon().section("place_particle_words");       // (looked up once)
    static const LexiconSection* names = common_lexicon().section("name_particle_words");         // (looked up once)
    static const LexiconSection* bodies = common_lexicon().section("institution_particle_words"); // (looked up once)
    const auto particle = [](std::string_view w) {
        for (const LexiconSection* list : {places, names, bodies})
            if (list != nullptr && list->has(w))
                return true;
        return false;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string_view w = words[k];
        if (!text::starts_upper(w)) {
            if (k == 0 || !particle(w))
                return false;
            continue;
        }
        if (w.ends_with(".") && k + 1 < words.size())
            w.remove_suffix(1);
        if (std::any_of(w.begin(), w.end(), [](char c) {
                const auto u = static_cast<unsigned char>(c);
                return u < 0x80 && std::isalpha(u) == 0 && c != '-' && c != '\'';
            }))
            return false;
    }
    return true;
}

// "... du Grand Conseil. Police cantonale / Keystone", "... am Dienstag. Kantonspolizei Bern / Keystone", "... in
// porto. Vigili del Fuoco / Ansa": the body that handed the picture out (one to five words opening with a capital
// that is no small word of a language, the others capitalised or in small letters, the last no small word of a
// language) and, after one slash between spaces, the agency that sent it (one to three credit words:
// is_credit_word()), after a caption's stop. No figure nor mark: "... sur la ligne Lausanne / Genève." is a sentence
// of the text, and a place after the slash ("... Bern / Biel") names no agency.
bool body_slash_agency(std::string_view tail) {
    const std::size_t most_body_words = 5, most_agency_words = 3;
    const std::size_t slash = tail.find(" / ");
    if (slash == std::string_view::npos || slash == 0 || tail.find('/') != slash + 1 ||
        tail.find('/', slash + 2) != std::string_view::npos ||
        tail.find_first_of("0123456789.,;:!?()[]|@") != std::string_view::npos)
        return false;
    const auto body = text::split_ws(tail.substr(0, slash));
    const auto agency = text::split_ws(tail.substr(slash + 3));
    if (body.empty() || body.size() > most_body_words || agency.empty() || agency.size() > most_agency_words ||
        !std::all_of(agency.begin(), agency.end(), is_credit_word) || !text::starts_upper(body.front()) ||
        stopword_languages(text::lower(body.front())) != 0 || stopword_languages(text::lower(body.back())) != 0)
        return false;
    return std::all_of(body.begin(), body.end(), [](std::string_view w) {
        return std::all_of(w.begin(), w.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u >= 0x80 || std::isalpha(u) != 0 || c == '-' || c == '\'';
        });
    });
}

// "File photo", "Foto de archivo.", "Archivbild": a picture's label of lexicon section picture_labels, capitalised, a
// stop perhaps closing it, alone after a caption's stop.
bool picture_label_after_stop(std::string_view tail) {
    static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
    if (tail.ends_with("."))
        tail.remove_suffix(1);
    return labels != nullptr && !tail.empty() && tail.size() <= labels->longest && text::starts_upper(tail) &&
           labels->has(text::lower(tail));
}

// The credit's separator mark opening `tail` (lexicon section credit_separator_marks, a space after it), or 0.
std::size_t separator_opening(std::string_view tail) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    const std::size_t space = tail.find(' ');
    if (marks == nullptr || space == std::string_view::npos || space == 0 || !marks->has(tail.substr(0, space)))
        return 0;
    return space + 1;
}

// "in pictures:", "en images :", "in bildern:": the lower-cased opening of a line up to its colon is a gallery's title
// label (lexicon section gallery_title_labels).
bool gallery_title_label(std::string_view low) {
    static const LexiconSection* labels = common_lexicon().section("gallery_title_labels"); // (looked up once)
    if (labels == nullptr || low.empty() || low.back() != ':')
        return false;
    return labels->has(text::trim(low.substr(0, low.size() - 1)));
}

// "Un uliveto colpito dalla Xylella - RIPRODUZIONE RISERVATA", "Le quai au lever du jour - Tous droits réservés": a
// rights notice (lexicon section caption_rights_tails) after a separator mark closing a caption of three words or
// more, no copyright sign or word in the line (a site's footer); where the credit opens (at the notice), 0 when the
// line has none.
std::size_t rights_tail(std::string_view line) {
    static const LexiconSection* tails = common_lexicon().section("caption_rights_tails"); // (looked up once)
    const std::size_t least_caption_words = 3;
    if (tails == nullptr || line.empty() || line.back() == '.')
        return 0;
    // (Only the line's end, as long as the longest notice, is lowered: a notice is sought there alone.)
    const std::size_t end_bytes = std::min(line.size(), tails->longest);
    const std::string low = text::lower(line.substr(line.size() - end_bytes));
    if (low.size() != end_bytes) // (the notice is found in the lowered end, cut from the line as printed)
        return 0;
    for (std::string_view tail : tails->entries) {
        if (tail.size() + 4 > line.size() || !std::string_view(low).ends_with(tail))
            continue;
        const std::size_t notice = line.size() - tail.size();
        const std::string_view before = text::trim(line.substr(0, notice));
        const std::size_t space = before.rfind(' ');
        const std::string_view caption = text::trim(before.substr(0, space == std::string_view::npos ? 0 : space));
        const std::string_view mark = space == std::string_view::npos ? before : before.substr(space + 1);
        static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
        // ("© 2026 Harbour Media - All rights reserved", "Copyright Harbour Media | ...": the site's own notice.)
        const bool copyright = line.find("\u00a9") != std::string_view::npos ||
                               text::lower(line).find("copyright") != std::string::npos;
        if (marks != nullptr && marks->has(mark) && !copyright &&
            text::split_ws(caption).size() >= least_caption_words)
            return notice;
    }
    return 0;
}

// "Neve sull'autostrada A24 (foto d'archivio) © ANSA", "The flooded square on Monday. © Reuters", "Der Steg im
// Winter © Keystone", "La alcaldesa en el pleno © EFE/Ana Ruiz", "La piscine de Grandval en 2019 © Anne Dubois": a
// copyright sign between spaces, then one to three capitalised words with no figure, an agency or a credit word among
// them (is_credit_word(), or glued by a slash to a name) or a person's bare name (bare_name(): no article, "© Le
// Courrier" names a paper's notice), close a caption of three words or more that opens with a capital and holds small
// letters. A site's notice ("Riproduzione riservata © ANSA", "Copyright 2026 © Harbour Media")
// names rights or a year, no picture. Returns where the credit opens (at the sign). ("Ruud Claessens © ANP": a caption
// of two words, `least_caption_words` 2, is a person's name the caller tells from a photographer's.)
std::optional<std::size_t> copyright_credit_closing(std::string_view line, std::size_t least_caption_words) {
    const std::size_t most_credit_words = 3;
    const std::string_view sign = " \u00a9 ";
    const std::size_t at = line.rfind(sign);
    if (at == std::string_view::npos || at == 0)
        return std::nullopt;
    const auto credit = text::split_ws(line.substr(at + sign.size()));
    if (credit.empty() || credit.size() > most_credit_words ||
        std::any_of(credit.begin(), credit.end(), [](std::string_view w) {
            return !text::starts_upper(w) || w.find_first_of("0123456789") != std::string_view::npos;
        }) ||
        (std::none_of(credit.begin(), credit.end(),
                      [](std::string_view w) {
                          // ("... © EFE/Ana Ruiz", "... © ANP/Robin Utrecht": the agency glued by a slash to the
                          // photographer's first name is a credit word too.)
                          const std::size_t slash = w.find('/');
                          return is_credit_word(w) ||
                                 (slash != std::string_view::npos && slash > 0 &&
                                  (is_credit_word(w.substr(0, slash)) || is_credit_word(w.substr(slash + 1))));
                      }) &&
         !bare_name(credit)))
        return std::nullopt;
    const std::string_view caption = text::trim(without_separator(line.substr(0, at)));
    if (!text::starts_upper(caption) || text::split_ws(caption).size() < least_caption_words ||
        caption.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
        return std::nullopt;
    const std::string low = text::lower(caption);
    static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
    if (low.find("copyright") != std::string::npos ||
        (rights != nullptr && std::any_of(rights->entries.begin(), rights->entries.end(), [&low](std::string_view r) {
             return low.find(r) != std::string::npos;
         })))
        return std::nullopt;
    return at + 1;
}

std::optional<std::pair<std::string, std::string>> name_over_copyright(std::string_view line) {
    const std::size_t most_name_words = 3;
    const auto sign = copyright_credit_closing(line, 2);
    if (!sign)
        return std::nullopt;
    const std::string_view name = text::trim(line.substr(0, *sign));
    const auto words = text::split_ws(name);
    if (words.size() > most_name_words || !bare_name(words))
        return std::nullopt;
    return std::make_pair(std::string(name), std::string(line.substr(*sign)));
}

// "Rubbish piled up on the estate in HarwickCredit: Jane Roe", "... on Thursday.Credit...Jane Roe for The Daily
// Record", "... in the rain.CreditCreditJane Roe/The Daily Record", "Der neue Steg am HafenFoto: Anna Muster": a
// credit's label (lexicon section glued_credit_labels), capitalised and glued to the caption's last letter, figure or
// stop (the space lost with the markup between them), then a colon, an ellipsis or the credit's capital: where the
// credit opens, or npos. The caption before it holds three words or more; the credit, a few words, closes the line
// with no stop (a sentence goes on). A capital glued to a small letter is no word of a sentence.
std::size_t glued_label_opening(std::string_view line) {
    const std::size_t least_caption_words = 3, most_credit_words = 10;
    // The labels capitalised, as they stand glued ("Credit", "Foto"), found once each: most lines hold none.
    static const std::vector<std::string> capitalised = [] {
        std::vector<std::string> out;
        for (const auto& label : common_lexicon().list("glued_credit_labels"))
            if (label.size() >= 4 && label[0] >= 'a' && label[0] <= 'z')
                out.push_back(static_cast<char>(label[0] - 'a' + 'A') + std::string(label.substr(1)));
        return out;
    }();
    // The labels' first letters, a byte table: the label's capital glued to a small letter or a figure must stand
    // in the line's last words (the credit after it has at most ten), which one look back over them settles for
    // most lines before any search.
    static const std::array<bool, 256> opens_label = [] {
        std::array<bool, 256> table{};
        for (const std::string& label : capitalised)
            table[static_cast<unsigned char>(label[0])] = true;
        return table;
    }();
    // (The credit closes the line without a stop: a line ending on one, most of a text's, is settled by its last byte.)
    const std::string_view trimmed = text::trim(line);
    if (trimmed.empty() || std::string_view(".!?:,;").find(trimmed.back()) != std::string_view::npos)
        return std::string_view::npos;
    bool glued_capital = false;
    std::size_t words_seen = 0;
    for (std::size_t at = line.size(); at > 1 && words_seen <= most_credit_words + 1 && !glued_capital; --at) {
        const auto c = static_cast<unsigned char>(line[at - 1]), before = static_cast<unsigned char>(line[at - 2]);
        if (c == ' ' && before != ' ')
            ++words_seen;
        glued_capital = opens_label[c] && ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
    }
    if (!glued_capital)
        return std::string_view::npos;
    for (const std::string& label : capitalised) {
        const char capital = label[0];
        const std::string_view rest_of_label = std::string_view(label).substr(1);
        for (std::size_t open = line.find(label, 1); open != std::string_view::npos;
             open = line.find(label, open + 1)) {
            const auto before = static_cast<unsigned char>(line[open - 1]);
            // (After a stop the older rule below reads the glued credit, "... in 2023.CreditJane Roe/Agency".)
            if (line[open] != capital || !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')))
                continue;
            // ("... in 2023.CreditCreditJane Roe": the second of a label printed twice opens no credit.)
            if (open >= label.size() && line[open - label.size()] == capital &&
                line.substr(open - label.size() + 1, rest_of_label.size()) == rest_of_label)
                continue;
            std::string_view credit = line.substr(open + label.size());
            // ("CreditCreditJane Roe": the label printed twice.)
            if (credit.size() > label.size() && credit[0] == capital && credit.substr(1).starts_with(rest_of_label))
                credit.remove_prefix(label.size());
            if (credit.starts_with(":"))
                credit.remove_prefix(1);
            else if (credit.starts_with("..."))
                credit.remove_prefix(3);
            else if (credit.starts_with("\u2026"))
                credit.remove_prefix(3);
            else if (credit.empty() || credit[0] < 'A' || credit[0] > 'Z')
                continue;
            credit = text::trim(credit);
            if (credit.empty() || !text::starts_upper(credit) || credit.find(". ") != std::string_view::npos ||
                std::string_view(".!?:,;").find(credit.back()) != std::string_view::npos ||
                more_tokens_than(credit, most_credit_words) ||
                text::split_ws(line.substr(0, open)).size() < least_caption_words)
                continue;
            return open;
        }
    }
    return std::string_view::npos;
}

bool person_outlet_credit(std::string_view line) {
    // (The slash joins two words: "Pain / Anesthetics", "Redaktion Lokales / Katrin Mayer" are a menu's entries and a
    // desk's byline.)
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size() || line[slash - 1] == ' ' ||
        line[slash + 1] == ' ')
        return false;
    return person_slash_outlet(line) || outlet_slash_person(line);
}

bool person_first_credit(std::string_view line) {
    const std::size_t slash = line.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < line.size() && line[slash - 1] != ' ' &&
           line[slash + 1] != ' ' && person_slash_outlet(line);
}

bool picture_label_line(std::string_view line) {
    line = text::trim(line);
    if (line.ends_with(")."))
        line.remove_suffix(1);
    return picture_label_credit(line) || picture_label_after_stop(line);
}

namespace {

// "EL MUNDO", "OUEST-FRANCE": an outlet's name in capitals, one to `most_words` words, at least four capitals, no
// small letter, figure or mark but an apostrophe (and a hyphen inside a word, where `hyphens`).
bool capital_words(std::string_view line, std::size_t most_words, bool hyphens) {
    const std::size_t least_capitals = 4;
    std::size_t capitals = 0, spaces = 0;
    // (Bytes only: no word is read before the line is known to be in capitals.)
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        const bool inner_hyphen = hyphens && c == '-' && k > 0 && k + 1 < line.size() && line[k - 1] != ' ' &&
                                  line[k + 1] != ' ';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            (c != ' ' && c != '\'' && !inner_hyphen && std::ispunct(static_cast<unsigned char>(c)) != 0))
            return false;
        capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
        spaces += c == ' ' ? 1 : 0;
    }
    return capitals >= least_capitals && spaces < most_words;
}

} // namespace

bool capital_outlet(std::string_view credit) {
    const std::size_t most_outlet_words = 4, longest = 40;
    credit = text::trim(credit);
    return credit.size() >= 4 && credit.size() <= longest && capital_words(credit, most_outlet_words, true);
}

bool lone_credit_line(std::string_view line) {
    const std::size_t most_outlet_words = 4;
    line = text::trim(line);
    if (line.size() < 3 || line.size() > 40)
        return false;
    // "(Ansa)", "(EFE)": a news agency's name alone in parentheses.
    if (line.front() == '(')
        return line.back() == ')' && line.find(' ') == std::string_view::npos && agency_tag(line).has_value();
    // "Archivo", "Archivio": an archive's word alone.
    if (line.find(' ') == std::string_view::npos && archive_word(line))
        return true;
    // "EL MUNDO", "LA STAMPA": the outlet's name in capitals, one to four words, no small letter, figure or mark.
    return capital_words(line, most_outlet_words, false);
}

} // namespace archive
