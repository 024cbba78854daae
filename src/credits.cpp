// Credits of the classify stage: what a line of credit is (is_credit_line() and its forms: a prefix and a name, an
// agency's slashes, a parenthesis closing a caption) and the credits that name no picture's author (a text's source,
// a picture's label, an embedded post). The captions that a credit closes, and the labels that open a caption, are in
// credit_captions.cpp; the words and marks a credit needs, which spare most lines these tests, in credit_signs.cpp;
// agency tags in agencies.cpp, datelines in datelines.cpp, bylines and their authors in bylines.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "credits_parts.hpp"
#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <span>

namespace archive {

namespace {

// "The", "From": a small word that English title case capitalises (lexicon section credit_title_words), which opens
// no name or agency of a credit.
bool is_title_word(std::string_view w) {
    static const LexiconSection* title_words = common_lexicon().section("credit_title_words"); // (looked up once)
    return title_words != nullptr && w.size() <= title_words->longest && title_words->has(text::lower(w));
}

} // namespace

bool is_credit_word(std::string_view w) {
    const text::LowerCased lowered(w); // (on the stack: a word)
    std::string_view low = lowered.view();
    while (!low.empty() && (low.back() == ',' || low.back() == ')' || low.back() == '.'))
        low.remove_suffix(1);
    while (!low.empty() && low.front() == '(')
        low.remove_prefix(1);
    static const LexiconSection* credit_words = common_lexicon().section("credit_words"); // (looked up once)
    // (Lower-cased here already: the agency's spellings are looked up without a second lowering.)
    return (credit_words != nullptr && credit_words->has(low)) || agency_id_of_lowered(text::trim(low)) != nullptr;
}

// "CreditJane Roe for The Daily Star", "FotoAnna Muster/Agentur", "PhotoJohn Doe": a credit's label glued to the
// capitalised name it gives, a few words without a final stop ("Photography" glues no capital to its label).
bool glued_credit_label(std::string_view line) {
    const std::size_t most_words = 10;
    if (line.size() < 6 || !text::starts_upper(line))
        return false;
    static const auto& labels = common_lexicon().list("glued_credit_labels"); // (looked up once)
    // (A label is lower-cased from the line only when its first letter is the line's: most lines are settled there.)
    const char front = static_cast<char>(line[0] | 0x20);
    for (const auto& label : labels) {
        if (label.empty() || label[0] != front || line.size() <= label.size() + 1 ||
            text::lower(line.substr(0, label.size())) != label)
            continue;
        std::string_view rest = line.substr(label.size());
        if (!text::starts_upper(rest))
            continue;
        char last = rest.back();
        return last != '.' && last != '!' && last != '?' && last != ':' && text::split_ws(rest).size() <= most_words;
    }
    return false;
}

// "Jane Doe/AFP/Getty Images": a photographer and the agencies that sell the picture, in the parenthesis closing a
// caption. A few capitalised words, a slash, and a credit word on one side of a slash.
// ("MAGALI COHEN / HANS LUCAS / AFP": the slashes may stand between spaces, words of their own, which count for no
// word of the credit.)
bool slashed_credit(std::string_view inner) {
    const std::size_t most_words = 6;
    auto words = text::split_ws(inner);
    if (inner.find('/') == std::string_view::npos)
        return false;
    std::erase(words, std::string_view("/"));
    if (words.empty() || words.size() > most_words)
        return false;
    bool credit = false;
    for (auto w : words) {
        if (!text::starts_upper(w))
            return false;
        for (std::size_t from = 0; from <= w.size();) {
            std::size_t slash = std::min(w.find('/', from), w.size());
            credit = credit || is_credit_word(w.substr(from, slash - from));
            from = slash + 1;
        }
    }
    return credit;
}

namespace {

// "photo de" in "photo depuis le quai": a prefix that ends with a letter (an ASCII one: "©" ends with a byte from
// 0x80, and "©iStock" is a credit) ends a word of the line, the byte after it (`next`) no letter of a word going on.
bool prefix_ends_word(std::string_view prefix, char next) {
    const auto last = static_cast<unsigned char>(prefix.back()), after = static_cast<unsigned char>(next);
    const bool letter_last = last >= 'a' && last <= 'z';
    return !letter_last || !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') || after >= 0x80);
}

// "© 2026 Harbour Media Ltd", "©2020 Example Group Inc.", "© 2024-2026 Editoriale Crinale S.r.l.": `rest`, the line
// after its "©", opens with a year and names a company's legal form (lexicon section company_form_words): the site's
// copyright notice, a footer's line or a menu's last, no picture's credit ("© 2012 APA/AP", "© Jane Roe" still are).
bool copyright_notice(std::string_view rest) {
    const std::size_t most_read = 8;
    std::size_t at = 0, count = 0;
    std::string_view w = text::next_token(rest, at);
    if (w.size() < 4 || !text::all_ascii_digits(w.substr(0, 4)))
        return false;
    static const LexiconSection* forms = common_lexicon().section("company_form_words"); // (looked up once)
    if (forms == nullptr)
        return false;
    for (w = text::next_token(rest, at); !w.empty() && count < most_read; w = text::next_token(rest, at), ++count) {
        while (!w.empty() && (w.back() == '.' || w.back() == ','))
            w.remove_suffix(1);
        if (!w.empty() && w.size() <= forms->longest && forms->has(text::lower(w)))
            return true;
    }
    return false;
}

// "© Northern Ledger. Republished with permission.", "© Allgäuer Rundschau. Nachdruck mit freundlicher Genehmigung.",
// "© La Gazette du Causse. Reproduit avec autorisation.": `rest`, the line after its "©", holds the notice of a text
// reprinted from another outlet (lexicon section reprint_permission_notices): the text's copyright under its last
// paragraph, never a picture's credit ("© Jane Roe, reproduced with permission" still is).
bool reprint_notice(std::string_view rest) {
    static const LexiconSection* notices = common_lexicon().section("reprint_permission_notices"); // (looked up once)
    if (notices == nullptr || rest.size() < 8) // (no notice is shorter than "nachdruck")
        return false;
    const std::string lower = text::lower(rest);
    return std::any_of(notices->entries.begin(), notices->entries.end(),
                       [&lower](std::string_view n) { return lower.find(n) != std::string::npos; });
}

} // namespace

// "© SZ/dpa/van", "© AFP/jm", "© ANSA/red": `rest`, the line after its "©", one token of slash-joined pieces, a known
// agency among them and the last the initials of the editor who wrote the text (two to four small letters, no
// agency's): the closing tag of a text written from the agency's wire, no picture's credit ("© dpa", "© APA/AP",
// "© Reuters/Jane Roe" name no editor and still are).
bool desk_initials_tag(std::string_view rest) {
    const std::size_t most_tag = 32, least_initials = 2, most_initials = 4; // bytes
    rest = text::trim(rest);
    const std::size_t last_slash = rest.rfind('/');
    if (last_slash == std::string_view::npos || rest.size() > most_tag || rest.find(' ') != std::string_view::npos)
        return false;
    const std::string_view initials = rest.substr(last_slash + 1);
    if (initials.size() < least_initials || initials.size() > most_initials ||
        !std::all_of(initials.begin(), initials.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
        agency_id(initials))
        return false;
    for (std::size_t pos = 0; pos < last_slash;) {
        const std::size_t slash = rest.find('/', pos);
        if (agency_id(rest.substr(pos, slash - pos)))
            return true;
        pos = slash + 1;
    }
    return false;
}

namespace {

// "Photo via la mairie", "Foto via il comune", "Image via the harbour office", "Foto via die Gemeinde": after a
// picture's word and "via", an article (lexicon section articles, "l'" glued to its noun) and a word after it name the
// body that handed the picture on, printed in small letters; "photo via email" names no one. (A prefix of "via" only:
// "photo de la jetée" is prose.)
bool via_body(std::string_view prefix, std::string_view rest) {
    if (!prefix.ends_with(" via"))
        return false;
    std::size_t at = 0;
    std::string_view article = text::next_token(rest, at);
    std::string_view noun = text::next_token(rest, at);
    // ("l'office", "l’hôpital": the elided article glued to its noun.)
    for (const std::string_view apostrophe : {"'", "\u2019"})
        if (const std::size_t cut = article.find(apostrophe); noun.empty() && cut != std::string_view::npos) {
            noun = article.substr(cut + apostrophe.size());
            article = article.substr(0, cut);
        }
    static const LexiconSection& articles = any_language_section("articles");
    return !article.empty() && !noun.empty() && articles.has(text::lower(article));
}

// f(word, its first code point) for the tokens of `rest` that open with a letter, the first `most` of them at most,
// while f returns true.
template <class F> void for_letter_words(std::string_view rest, std::size_t most, F f) {
    std::size_t at = 0, count = 0;
    for (std::string_view w = text::next_token(rest, at); !w.empty() && count < most; w = text::next_token(rest, at)) {
        std::size_t i = 0;
        const char32_t first = text::next_cp(w, i);
        if (!text::is_letter(first))
            continue;
        ++count;
        if (!f(w, first))
            return;
    }
}

// "Bilder: Sturmflut trifft die Nordseeküste mit voller Wucht", "Fotos: el temporal azota la costa gallega": a
// gallery's flag (the prefix's word is one of lexicon section gallery_flag_words, pictures in the plural) opening a
// title: four words or more after it, two of them in small letters and four letters long at least (a verb, a noun of
// a Romance title), no slash and no credit's word ("Fotos: picture alliance / dpa", "Bilder: Jan Feld und Anke Rose"
// name whose pictures they are).
// "Grafik: So verteilen sich die Sitze im Landtag", "Zeichnung: So soll der Platz aussehen": a chart's or a
// drawing's label (lexicon section chart_label_words) opening its title, read as a gallery's flag is.
bool gallery_flag_title(std::string_view prefix, std::string_view rest) {
    static const LexiconSection* flags = common_lexicon().section("gallery_flag_words"); // (looked up once)
    static const LexiconSection* charts = common_lexicon().section("chart_label_words"); // (looked up once)
    const std::size_t least_words = 4, least_small = 2, least_small_letters = 4, most_read = 16;
    std::string_view word = prefix;
    while (!word.empty() && (word.back() == ':' || word.back() == ' '))
        word.remove_suffix(1);
    if (flags == nullptr || word.empty() || !(flags->has(word) || (charts != nullptr && charts->has(word))) ||
        rest.find('/') != std::string_view::npos)
        return false;
    std::size_t count = 0, small = 0;
    bool credit = false;
    for_letter_words(rest, most_read, [&](std::string_view w, char32_t first) {
        credit = is_credit_word(w);
        small += text::is_lower(first) && text::length_cp(w) >= least_small_letters ? 1 : 0;
        ++count;
        return !credit;
    });
    return !credit && count >= least_words && small >= least_small;
}

// "Photo de Jean Dupont / AFP", "Quelle: Statistisches Bundesamt", but "photo de la jetée avec une pose plus longue.",
// "source: a memo that was sent to the harbour board.": `rest`, the line after a credit prefix, is no sentence of
// five words or more closed by a stop, half of its words or more in lower case; after a prefix whose preposition
// opens the name credited (lexicon section credit_name_prefixes: "photo de", "Foto von"), it names someone within its
// first two words, a capital ("Photo de la Ville de Lorval"), or, after "via", an article and the body it opens in
// small letters (via_body()).
bool credit_after_prefix(std::string_view prefix, std::string_view rest) {
    const std::size_t name_within = 2, sentence_words = 5, most_read = 16, caption_words = 4;
    if ((prefix == "©" || prefix == "(c)") &&
        (copyright_notice(rest) || desk_initials_tag(rest) || reprint_notice(rest)))
        return false;
    if (gallery_flag_title(prefix, rest))
        return false;
    // "source: https://example.org/news/rail-fares": an address alone is the page's own, a clipper's note of where
    // the text came from (markdown.cpp), no picture's credit.
    if (const std::string_view address = text::trim(rest);
        (address.starts_with("http://") || address.starts_with("https://")) &&
        address.find(' ') == std::string_view::npos)
        return false;
    std::size_t count = 0, lower = 0;
    bool named = false;
    // (Words only: "/", "|" and figures between them are neither a name nor prose.)
    for_letter_words(rest, most_read, [&](std::string_view, char32_t first) {
        named = named || (count < name_within && text::is_upper(first));
        lower += text::is_lower(first) ? 1 : 0;
        ++count;
        return true;
    });
    const std::string_view trimmed = text::trim(rest);
    const char last = trimmed.empty() ? '\0' : trimmed.back();
    if (count >= sentence_words && lower * 2 >= count && (last == '.' || last == '!' || last == '?'))
        return false;
    // "Bild: Die Gründer vor dem Gasthaus, 1908 (Foto: Vereinsarchiv)", "Photo: The mayor at the new pier (Photo:
    // Jane Roe)": a caption of four words or more, in small letters some of them, after a picture's label, closed by
    // its own credit in a parenthesis: the line is the caption with its credit (split_trailing_credit()), no credit.
    // (The caption before its credit: four words or more, some in small letters.)
    const auto caption_before = [&](std::string_view caption) {
        std::size_t before = 0, small = 0;
        for_letter_words(caption, most_read, [&](std::string_view, char32_t first) {
            small += text::is_lower(first) ? 1 : 0;
            ++before;
            return true;
        });
        return before >= caption_words && small > 0;
    };
    if (last == ')' && count >= caption_words + 1 && lower > 0) {
        const std::size_t open = trimmed.rfind('(');
        if (open != std::string_view::npos && open > 0 && trimmed[open - 1] == ' ' &&
            trimmed.find(')') == trimmed.size() - 1 && is_credit_line(trimmed.substr(open)) &&
            caption_before(trimmed.substr(0, open)))
            return false;
    }
    // "Foto: Wellen schlagen an die Kaimauer. Foto: Jane Roe/dpa", "Photo : Des bateaux à quai. Photo : Jean Roux":
    // a caption after the picture's label, closed by its stop and then by its own credit (split_trailing_credit()):
    // the caption with its credit, no credit either. (A stop between words first: most credits hold none.)
    if (count >= caption_words + 1 && lower > 0 && trimmed.find(". ") != std::string_view::npos) {
        const auto split = split_trailing_credit(trimmed);
        if (split && !split->first.empty() && split->first.back() == '.' && caption_before(split->first))
            return false;
    }
    static const LexiconSection* name_prefixes = common_lexicon().section("credit_name_prefixes"); // (looked up once)
    return named || name_prefixes == nullptr || !name_prefixes->has(prefix) || via_body(prefix, rest);
}

// "(PA Media)", "(AFP Photo)", "(ANP Foto)": an agency's name, then one or two capitalised words of its picture
// service, in the parenthesis closing a caption. (A lone agency, "(Reuters)", tags a text and credits no picture.)
bool agency_service_credit(std::string_view inner) {
    const auto words = text::split_ws(inner);
    if (words.size() < 2 || words.size() > 3 || !text::starts_upper(words.front()) ||
        agency_id_of_lowered(text::lower(words.front())) == nullptr)
        return false;
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
        return text::starts_upper(w) && w.find('/') == std::string_view::npos && !is_title_word(w);
    });
}

// "(foto Luca Bertoni)", "(Foto Reuters)", "(Bild Hans Muster)": a picture's label without its colon (lexicon section
// glued_credit_labels), then one to four capitalised words, a name or an agency, in the parenthesis closing a caption;
// a slash may join the photographer to the agency, both capitalised ("(foto Luca Bertoni/Agenzia Valle)").
// ("(foto del giorno)", "(Foto in alto)": small words after the label say what the picture is, not whose.)
// "(foto Vigili del fuoco)", "(foto Protezione civile)", "(Foto Policía local)": a public body's name is
// capitalised on its first word alone; the words after a capitalised first one may be small words (letters only).
bool labelled_name_credit(std::string_view inner) {
    const std::size_t most_name_words = 4;
    const auto words = text::split_ws(inner);
    if (words.size() < 2 || words.size() > most_name_words + 1)
        return false;
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    if (labels == nullptr || !labels->has(text::lower(words.front())))
        return false;
    const auto named = [](std::string_view w) {
        if (!text::starts_upper(w) || w.find(':') != std::string_view::npos || is_title_word(w))
            return false;
        const std::size_t slash = w.find('/');
        return slash == std::string_view::npos || text::starts_upper(w.substr(slash + 1));
    };
    const auto small_word = [](std::string_view w) {
        return !text::starts_upper(w) && std::all_of(w.begin(), w.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
        });
    };
    return named(words[1]) &&
           std::all_of(words.begin() + 2, words.end(), [&](std::string_view w) { return named(w) || small_word(w); });
}

// "(Imagoeconomica)", "(Keystone)", "(Cuartoscuro)": a picture agency's name alone (lexicon section
// picture_agency_words), one capitalised word, in the parenthesis closing a caption or on the line under it. (A news
// agency's name alone, "(Ansa)", "(Reuters)", tags a text: agency_service_credit(); "(Foto)" names nobody.)
// "(Getty Images)", "(Imago Images)": the agency's word may be followed by one capitalised credit word
// (is_credit_word()), the rest of its name.
bool lone_picture_agency(std::string_view inner) {
    if (inner.empty() || !text::starts_upper(inner) || inner.find('/') != std::string_view::npos)
        return false;
    const std::size_t space = inner.find(' ');
    if (space != std::string_view::npos) {
        const std::string_view rest = inner.substr(space + 1);
        if (rest.empty() || !text::starts_upper(rest) || rest.find(' ') != std::string_view::npos ||
            !is_credit_word(rest))
            return false;
        inner = inner.substr(0, space);
    }
    static const LexiconSection* agencies = common_lexicon().section("picture_agency_words"); // (looked up once)
    return agencies != nullptr && inner.size() <= agencies->longest && agencies->has(text::lower(inner));
}

// line.find(" / ", from), the first spaced slash from `from`, sought by its slashes: most lines hold none and are
// settled by one search, where the search for " / " stops at every space of the line.
std::size_t spaced_slash(std::string_view line, std::size_t from) {
    for (std::size_t slash = line.find('/', from + 1); slash != std::string_view::npos;
         slash = line.find('/', slash + 1))
        if (slash + 1 < line.size() && line[slash - 1] == ' ' && line[slash + 1] == ' ')
            return slash - 1;
    return std::string_view::npos;
}

// "Photo Le Courrier de la Vallière / Luc Ferrand", "Foto Stadtarchiv Lindau / Maria Berger": a picture's label
// (lexicon section glued_credit_labels) without its colon, then the medium and the photographer on both sides of a
// spaced slash, the only one. A capital opens the medium, every word after the slash is capitalised (a name, an
// agency), and no stop or colon closes the line: "Photos / Vidéos" has no medium, "Foto / mehr Bilder" no name.
bool labelled_slashed_credit(std::string_view line) {
    const std::size_t most_before = 8, most_after = 4;
    const std::size_t slash_at = spaced_slash(line, 0);
    if (slash_at == std::string_view::npos || spaced_slash(line, slash_at + 3) != std::string_view::npos)
        return false;
    const char last = line.back();
    if (last == '.' || last == ':' || last == '!' || last == '?')
        return false;
    const auto before = text::split_ws(line.substr(0, slash_at));
    const auto after = text::split_ws(line.substr(slash_at + 3));
    if (before.size() < 2 || before.size() > most_before + 1 || after.empty() || after.size() > most_after ||
        !text::starts_upper(before[0]) || !text::starts_upper(before[1]))
        return false;
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    if (labels == nullptr || before[0].size() > labels->longest || !labels->has(text::lower(before[0])))
        return false;
    return std::all_of(after.begin(), after.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// "ANP / Kees van de Veen", "Kees van de Veen / ANP", "dpa / Oliver Berg", "Getty Images / Jane Roe": an agency or
// credit words (one to three, is_credit_word()) and a photographer's name (bare_name(): a particle in small letters
// may stand inside it, "van de") on the two sides of one spaced slash, the only slash of the line, in either order;
// the agency keeps its own spelling in small letters ("dpa"). No stop, colon or figure: "Sport / AFP", "Pain /
// Anesthetics" name no person. ("Jeanne Dupont / ATS" over a date or the text signs it: name_agency_signature().)
bool spaced_slash_agency_credit(std::string_view inner) {
    const std::size_t most_credit_words = 3;
    const std::size_t slash_at = spaced_slash(inner, 0);
    if (slash_at == std::string_view::npos || inner.find('/') != slash_at + 1 ||
        inner.find('/', slash_at + 2) != std::string_view::npos ||
        inner.find_first_of("0123456789.,;:!?()[]@|") != std::string_view::npos)
        return false;
    const auto before = text::split_ws(inner.substr(0, slash_at));
    const auto after = text::split_ws(inner.substr(slash_at + 3));
    const auto credit_side = [&](const std::vector<std::string_view>& side) {
        return !side.empty() && side.size() <= most_credit_words &&
               std::all_of(side.begin(), side.end(), is_credit_word);
    };
    return (credit_side(before) && bare_name(after)) || (bare_name(before) && credit_side(after));
}

// "THE CANADIAN PRESS/Lucas Bramwell-Yee", "LA PRESSE CANADIENNE/Marie Roy", "The Associated Press/Jane Roe": an
// agency's name of several words (lexicon section agency_full_names), perhaps after its article
// (agency_article_words), then one slash and the photographer's name, one to four capitalised words without a stop.
// The agency's name is the whole of what stands before the slash: "Die Kanadier/Innen" names none.
// (Settled by its slash for most lines: only a line holding one, no more, is read on.)
bool full_agency_slashed_credit(std::string_view line) {
    const std::size_t most_name_words = 4, most_before = 40; // bytes: "THE ASSOCIATED PRESS"
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > most_before ||
        line.find('/', slash + 1) != std::string_view::npos)
        return false;
    const char last = line.back();
    if (last == '.' || last == ':' || last == '!' || last == '?' || last == ',')
        return false;
    const std::string low = text::lower(text::trim(line.substr(0, slash)));
    std::string_view name = low;
    static const LexiconSection* articles = common_lexicon().section("agency_article_words"); // ("the", "la")
    if (const std::size_t space = name.find(' ');
        space != std::string_view::npos && articles != nullptr && articles->has(name.substr(0, space)))
        name = text::trim(name.substr(space + 1));
    if (name.find(' ') == std::string_view::npos || agency_id_of_lowered(name) == nullptr)
        return false;
    const auto after = text::split_ws(line.substr(slash + 1));
    return !after.empty() && after.size() <= most_name_words &&
           std::all_of(after.begin(), after.end(), [](std::string_view w) { return text::starts_upper(w); });
}

// "RUI OLIVEIRA/OBSERVADOR", "ANNA ROSSI/STUDIO POZZI": a photographer's name in capitals, a slash glued between
// it and the outlet in capitals, no credit word: two to five words of capital letters (a name's point or hyphen
// between them), one slash, a word on each side of it, the name two words at least. A line in capitals holding a
// figure or a second slash is no such credit ("ELEIÇÕES 2026/RESULTADOS").
bool capitals_name_outlet(std::string_view line) {
    const std::size_t least_words = 2, most_words = 5;
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size() || line[slash - 1] == ' ' ||
        line[slash + 1] == ' ' || line.find('/', slash + 1) != std::string_view::npos)
        return false;
    std::size_t words = 1, letters = 0;
    for (std::size_t i = 0; i < line.size();) {
        const char32_t cp = text::next_cp(line, i);
        if (cp == ' ')
            ++words;
        else if (text::is_upper(cp))
            ++letters;
        else if (cp != '/' && cp != '.' && cp != '-')
            return false;
    }
    if (words < least_words || words > most_words || letters < 2 * words)
        return false;
    // (The words before the slash a bare name's: "IN MEMORIAM/ACKNOWLEDGEMENT" is a menu's item.)
    const std::string_view name = line.substr(0, slash);
    return name.find(' ') != std::string_view::npos && bare_name(text::split_ws(name));
}

// "Photo: Reuters", "Foto: Anna Muster/dpa", "F. Scheiber / SIPA", "Jane Roe/HARBOUR PRESS": what an en or em dash
// opening a line under a caption leads to, a credit of one piece: a picture's label (lexicon section
// glued_credit_labels) opening a line of credit of its own (is_credit_line()); or a photographer's name (one to four
// capitalised words, an initial among them) and, after one slash, the picture's agency or outlet (a credit word, or
// an outlet's name in capitals: capital_outlet()), no text's signature with its agency ("Jeanne Dupont / ATS":
// name_agency_signature()). A dash before a name alone signs a text ("— Jane Roe"), before an agency alone tags it
// ("— AFP").
bool credit_after_dash(std::string_view rest) {
    std::size_t at = 0;
    if (opens_with_picture_label(rest, &at) && at < rest.size())
        return is_credit_line(rest);
    const std::size_t most_name_words = 4;
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos || rest.find('/', slash + 1) != std::string_view::npos)
        return false;
    const std::string_view name = text::trim(rest.substr(0, slash)), outlet = text::trim(rest.substr(slash + 1));
    const auto words = text::split_ws(name);
    if (words.empty() || words.size() > most_name_words || outlet.empty() ||
        name.find_first_of(":;,") != std::string_view::npos ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); }))
        return false;
    return (is_credit_word(outlet) || capital_outlet(outlet)) && !name_agency_signature(rest);
}

// "Daniel Ruiz / Staff photographer", "Jane Roe | Contributing photographer", "Jeanne Morel / photographe", "Anna
// Muster | Fotografin", "Daniel Ruiz, Staff photographer": a photographer's name (two to four words, bare_name()),
// one slash or bar (or one comma where neither stands), then the photographer's role, one to three words of letters
// closed by a photographer's word (lexicon section photographer_role_words). A writer's role after the name ("Jane Roe
// | Staff writer") makes a byline, no credit.
// (Settled by the line's last word for most lines: a role word closes the credit.)
bool photographer_role_credit(std::string_view line) {
    const std::size_t most_role_words = 3;
    static const LexiconSection* roles = common_lexicon().section("photographer_role_words"); // (looked up once)
    const std::size_t last_space = line.rfind(' ');
    if (roles == nullptr || last_space == std::string_view::npos)
        return false;
    const std::string_view last = line.substr(last_space + 1);
    if (last.size() > roles->longest || last.size() < 5 || !roles->has(text::lower(last)))
        return false;
    // (One slash or bar; or, where none stands, one comma: "Daniel Ruiz, Staff photographer", "Anna Keller,
    // Fotografin".)
    const std::size_t bar = line.find_first_of("/|");
    const bool comma = bar == std::string_view::npos;
    const std::size_t mark = comma ? line.find(',') : bar;
    if (mark == std::string_view::npos || mark == 0 ||
        line.find_first_of(comma ? "," : "/|", mark + 1) != std::string_view::npos)
        return false;
    const auto role = text::split_ws(line.substr(mark + 1));
    if (role.empty() || role.size() > most_role_words ||
        !std::all_of(role.begin(), role.end(), [](std::string_view w) {
            return std::none_of(w.begin(), w.end(), [](char c) {
                return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == ':' || c == '(' || c == ')';
            });
        }))
        return false;
    return bare_name(text::split_ws(line.substr(0, mark)));
}

// "Staff photo by Daniel Ruiz", "File photo: Reuters", "Archiv Foto: Anna Muster": a word saying what kind of
// picture it is (lexicon section credit_kind_words) before a line of credit (is_credit_line() of the rest). The kind
// word is no caption of the credit after it.
bool kind_word_credit(std::string_view line) {
    static const LexiconSection* kinds = common_lexicon().section("credit_kind_words"); // (looked up once)
    const std::size_t space = line.find(' ');
    if (kinds == nullptr || space == std::string_view::npos || space < 3 || space > kinds->longest ||
        !text::starts_upper(line))
        return false;
    const text::LowerCased kind(line.substr(0, space)); // (on the stack: a word)
    return kinds->has(kind.view()) && is_credit_line(line.substr(space + 1));
}

// "(Daniel Ruiz / The Ledger)", "(Jeanne Morel/Le Courrier du Val)": a photographer's name and the outlet after one
// slash (person_slash_outlet()), alone in the parenthesis on the line under a caption. Two bare names joined by a
// slash with no space, "(Jane Roe/John Doe)", name two people and credit no outlet ("(Jane Roe / Houston Chronicle)":
// a spaced slash parts the name from the paper whose name reads as one).
bool parenthesised_person_outlet(std::string_view inner) {
    if (!person_slash_outlet(inner))
        return false;
    const std::size_t slash = inner.find('/');
    return (slash > 0 && inner[slash - 1] == ' ') || !bare_name(text::split_ws(inner.substr(slash + 1)));
}

// is_credit_line() of `line`, or of a Block's text when `b` is given: its line is trimmed already, and its
// Block::lower and Block::chars stand for the lower-cased line and its length, which are then not made again.
// "- Eduardo Parra - Europa Press - Archivo", "– Anna Riva – Ansa": a credit opened by a dash, its parts parted by
// dashes between spaces (the photographer, the agency, the archive), each one to three capitalised words without a
// stop, two parts at least and one of them an agency or a credit's word (is_credit_word(), an agency's name whole).
bool dashed_credit(std::string_view line) {
    const std::size_t least_parts = 2, most_parts = 4, most_part_words = 3;
    std::string_view rest;
    for (const std::string_view dash : {"- ", "\u2013 ", "\u2014 "})
        if (line.starts_with(dash))
            rest = line.substr(dash.size());
    if (rest.empty())
        return false;
    if (line.front() != '-' && credit_after_dash(rest))
        return true;
    std::size_t parts = 0;
    bool credit = false;
    while (!rest.empty()) {
        std::size_t at = std::string_view::npos, width = 0;
        for (const std::string_view mark : {" - ", " \u2013 ", " \u2014 "})
            if (const std::size_t k = rest.find(mark); k != std::string_view::npos && k < at) {
                at = k;
                width = mark.size();
            }
        const std::string_view part = text::trim(rest.substr(0, at));
        rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + width);
        const auto words = text::split_ws(part);
        if (words.empty() || words.size() > most_part_words || ++parts > most_parts ||
            part.find_first_of(".:;!?") != std::string_view::npos)
            return false;
        // (An agency in small letters, "dpa", is a part too.)
        const bool agency = agency_id(part).has_value();
        if (!agency &&
            !std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); }))
            return false;
        credit = credit || agency ||
                 std::any_of(words.begin(), words.end(), [](std::string_view w) { return is_credit_word(w); });
    }
    return parts >= least_parts && credit;
}

bool credit_line(std::string_view line, const Block* b);

// "Ti-Press (archivio)": a credit (credit_line()) and, in the brackets closing the line, an archive's word (lexicon
// section archive_bracket_words).
bool archive_bracket(std::string_view line) {
    static const LexiconSection* words = common_lexicon().section("archive_bracket_words"); // (looked up once)
    const std::size_t open = text::rfind_mark(line, " (");
    if (words == nullptr || open == std::string_view::npos || open == 0)
        return false;
    const std::string_view inner = line.substr(open + 2, line.size() - open - 3);
    return words->has(text::lower(inner)) && credit_line(line.substr(0, open), nullptr);
}

bool credit_line(std::string_view line, const Block* b) {
    if (b == nullptr)
        line = text::trim(line);
    // (No more code points than bytes: the line is counted only past 90 bytes.)
    if (line.empty() || (line.size() > 90 && (b != nullptr ? b->chars : text::length_cp(line)) > 90))
        return false;
    // "Fotos von der Einweihung findet ihr hier:": a line closed by a colon announces what follows; a credit names
    // and ends there.
    if (line.back() == ':')
        return false;
    // "(Photo: Jane Roe)": the prefix may open inside a parenthesis that closes the line. ('(' and ')' are their own
    // lower case, and one byte.)
    const std::size_t from = line.front() == '(' && line.back() == ')' ? 1 : 0;
    // (The prefixes' first bytes, gathered once: most lines open with none of them and skip the loop. The first
    // code point of the body is lower-cased alone to ask them.)
    static const std::bitset<257> prefix_fronts = first_bytes(common_lexicon().list("credit_prefixes"));
    if (line.size() > 2 * from) {
        char front[4 * 3 + 8];
        if (b != nullptr && b->lower.size() > from) {
            front[0] = b->lower[from]; // ('(' is one byte of the lowered line too)
        } else if (const int ascii = lower_ascii_front(line.substr(from)); ascii >= 0) {
            front[0] = static_cast<char>(ascii);
        } else {
            std::size_t next = from;
            text::next_cp(line, next);
            text::lower_into(line.substr(from, next - from), front);
        }
        if (prefix_fronts.test(256) || prefix_fronts.test(static_cast<unsigned char>(front[0]))) {
            // (On the stack for most lines: a credit runs 90 code points at most.)
            const text::LowerCased low(b != nullptr ? std::string_view() : line);
            std::string_view body = b != nullptr ? std::string_view(b->lower) : low.view();
            if (from == 1)
                body = body.substr(1, body.size() - 2);
            // (The prefixes by their first byte, gathered once: the line is compared with those opening as it does.
            // An empty prefix, were there one, opens every line longer than it.)
            static const std::array<std::vector<std::string_view>, 256> by_front =
                by_first_byte(common_lexicon().list("credit_prefixes"));
            if (!body.empty() && prefix_fronts.test(256))
                return true;
            if (!body.empty())
                for (std::string_view prefix : by_front[static_cast<unsigned char>(body.front())])
                    if (body.size() > prefix.size() && body.starts_with(prefix) &&
                        prefix_ends_word(prefix, body[prefix.size()]) &&
                        credit_after_prefix(prefix, line.substr(from + prefix.size())))
                        return true;
        }
    }
    // "Image source, Getty Images", "Fuente de la imagen, EPA": a picture's source after its label.
    if (from == 0 && picture_source_credit(line))
        return true;
    if (from == 0 && (labelled_slashed_credit(line) || full_agency_slashed_credit(line) || capitals_name_outlet(line) ||
                      spaced_slash_agency_credit(line)))
        return true;
    // "Divulgação/PCDF", "Reprodução/Instagram", "Arquivo pessoal": the source credits a parenthesis holds under a
    // caption (below) printed alone on the line under it, with a slash glued or a qualifier (a source's word alone,
    // "Archiv", is also a menu's entry).
    if (const std::size_t slash = line.find('/');
        from == 0 && line.size() <= 60 && (slash != std::string_view::npos || line.find(' ') == line.rfind(' ')) &&
        line.find_first_of("/ ") != std::string_view::npos &&
        (slash == std::string_view::npos ||
         (slash > 0 && slash + 1 < line.size() && line[slash - 1] != ' ' && line[slash + 1] != ' ')) &&
        unlabelled_source_credit(line))
        return true;
    // (A role word closes the line in small letters, its last byte a small letter: most lines close with a mark.)
    if (const auto last = static_cast<unsigned char>(line.back());
        from == 0 && ((last >= 'a' && last <= 'z') || last >= 0x80) && photographer_role_credit(line))
        return true;
    // (A dash opening the line, its first byte: most lines open with a letter.)
    if (from == 0 && (line.front() == '-' || line.front() == '\xe2') && dashed_credit(line))
        return true;
    // "(AP Photo/Jane Roe)" alone on the line under its caption: the parenthesis that closes a caption ("... on
    // Monday. (AP Photo/Jane Roe)") printed on a line of its own.
    if (from == 1 && (slashed_credit(line.substr(1, line.size() - 2)) ||
                      parenthesised_person_outlet(line.substr(1, line.size() - 2)) ||
                      agency_service_credit(line.substr(1, line.size() - 2)) ||
                      labelled_name_credit(line.substr(1, line.size() - 2)) ||
                      lone_picture_agency(line.substr(1, line.size() - 2)) ||
                      unlabelled_source_credit(line.substr(1, line.size() - 2)) ||
                      spaced_slash_agency_credit(line.substr(1, line.size() - 2))))
        return true;
    // "Ti-Press (archivio)", "Keystone (archives)", "Keystone (Archiv)": a credit with the archive the picture comes
    // from in brackets after it (lexicon section archive_bracket_words).
    if (from == 0 && line.back() == ')' && archive_bracket(line))
        return true;
    // (A capital opening the line, then a small letter: "Staff photo", no "AFP PHOTO".)
    if (from == 0 && line.size() > 4 && line[0] >= 'A' && line[0] <= 'Z' && line[1] >= 'a' && line[1] <= 'z' &&
        (b == nullptr || (b->words >= 3 && b->words <= 9)) && kind_word_credit(line))
        return true;
    // "Archives, Reuters", "KEYSTONE/Peter Klaunzer", "Getty Images", "AFP PHOTO / John Doe"
    // The first seven tokens (more than six is too many), without a vector, every word without a slash capitalised
    // (or a separator): most lines fail at their first words, before the rest is read or any word is looked up.
    // (A block of more than six tokens, segment() counted them, is too long without a token read.)
    const std::size_t most_tokens = 6;
    if (b != nullptr && static_cast<std::size_t>(b->words) > most_tokens)
        return false;
    std::array<std::string_view, most_tokens + 1> tokens_read;
    std::size_t count = 0, at = 0;
    for (std::string_view w = text::next_token(line, at); !w.empty() && count < tokens_read.size();
         w = text::next_token(line, at)) {
        // (A capitalised word is settled before it is searched for a slash: most are.)
        // ("20 Sekunden/Leserreporter", "20 secondes/Marc Roux": an outlet's name may open with its figures, the
        // line's first token, a slash in the token after it.)
        // ("Foto Comune di Borgoverde", "Photo Ville de Villebrune": a picture's label with no colon, then a name
        // holding small particles, read as in a parenthesis: labelled_name_credit().)
        if (!text::starts_upper(w) && w != "-" && w != "|" && w.find('/') == std::string_view::npos &&
            !(count == 0 && w.find_first_not_of("0123456789") == std::string_view::npos && [&line, at] {
                  std::size_t peek = at;
                  return text::next_token(line, peek).find('/') != std::string_view::npos;
              }()))
            return count >= 2 && line.back() != '.' && labelled_name_credit(line);
        tokens_read[count++] = w;
    }
    std::span<const std::string_view> words(tokens_read.data(), count);
    if (words.size() > most_tokens || (!line.empty() && (line.back() == '.' && words.size() > 2)))
        return false;
    // "Redazione ANSA", "Redacción / EFE", "Rédaction AFP", "Newsroom Reuters": the desk's word (lexicon section
    // desk_words) opening the line signs the text for the desk and its agency, a byline with no person's name; the
    // picture's credit names a photographer or an agency, never a newsroom.
    static const LexiconSection& desks = any_language_section("desk_words"); // (merged once)
    if (!words.empty() && desks.has(text::lower(words.front())))
        return false;
    bool credit = false;
    for (auto w : words) {
        std::string_view part = w;
        // (The outlet's figures, let through above.)
        if (part.data() == words.front().data() && part.find_first_not_of("0123456789") == std::string_view::npos)
            continue;
        // "KEYSTONE/Peter" counts on both sides of the slash.
        auto slash = part.find('/');
        if (slash != std::string_view::npos) {
            credit = credit || is_credit_word(part.substr(0, slash)) || is_credit_word(part.substr(slash + 1));
            continue;
        }
        // "From The Archive", "Getty Images And The Museum": a title in title case, over a section of the text.
        if ((!text::starts_upper(part) && part != "/" && part != "-" && part != "|") || is_title_word(part))
            return false;
        credit = credit || is_credit_word(part);
    }
    return credit;
}

} // namespace

bool opens_with_picture_label(std::string_view line, std::size_t* after) {
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    std::size_t at = 0;
    std::string_view label = text::next_token(line, at);
    if (label.ends_with(':'))
        label.remove_suffix(1);
    if (after != nullptr)
        *after = at;
    if (labels == nullptr || label.empty() || label.size() > labels->longest)
        return false;
    const text::LowerCased low(label); // (on the stack: a label is a word)
    return labels->has(low.view());
}

bool picture_source_credit(std::string_view line) {
    const std::size_t most_words = 6;
    static const LexiconSection* labels = common_lexicon().section("picture_source_labels"); // (looked up once)
    if (labels == nullptr || line.size() < 4 || line.back() == '.')
        return false;
    // (The labels' first bytes, gathered once: most lines open with none of them and end here.)
    static const std::bitset<257> fronts = first_bytes(labels->entries);
    const int ascii = lower_ascii_front(line);
    if (ascii >= 0 && !fronts.test(256) && !fronts.test(static_cast<unsigned char>(ascii)))
        return false;
    // (Sought among the bytes a label may fill alone: find_first_of() asks memchr of each byte it passes.)
    const std::size_t mark = line.substr(0, labels->longest + 2).find_first_of(",:");
    if (mark == std::string_view::npos || mark > labels->longest + 1)
        return false;
    const std::string_view rest = text::trim(line.substr(mark + 1));
    if (rest.empty() || !text::starts_upper(rest) || !labels->has(text::lower(text::trim(line.substr(0, mark)))))
        return false;
    const auto words = text::split_ws(rest);
    return words.size() <= most_words;
}

bool is_credit_line(std::string_view line) {
    return credit_line(line, nullptr);
}

bool is_credit_line(const Block& b) {
    return credit_line(b.text, &b);
}
bool name_agency_signature(std::string_view line) {
    // (Asked of many lines: a signature is a short line with a slash or a comma before its agency, settled first.)
    const std::size_t most_bytes = 120;
    // (Two memchr: find_first_of() asks memchr of each byte it passes.)
    if (line.size() > most_bytes ||
        (line.find('/') == std::string_view::npos && line.find(',') == std::string_view::npos))
        return false;
    // (names_over_date() reads the names and the agency after a slash or a comma; the agency's id is among them.)
    const auto names = names_over_date(line);
    if (!names)
        return false;
    bool person = false, agency = false;
    for (const std::string& name : *names) {
        if (named_agency(name)) {
            agency = true;
            continue;
        }
        // "LUDOVIC MARIN / AFP": a photographer's name in capitals is the agency's picture credit.
        if (std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return false;
        person = true;
    }
    return person && agency;
}

bool agency_signature_over_date(const Page& p, std::size_t i) {
    const std::vector<Block>& blocks = p.blocks;
    return i + 1 < blocks.size() && blocks[i + 1].digits > 0 && name_agency_signature(blocks[i].text) &&
           read_dates(blocks[i + 1].text, p.language, p.day_order).is_date_line;
}

bool agency_signature_over_text(const Page& p, std::size_t i) {
    // "Jeanne Dupont / ATS" / "Le niveau du lac a atteint mardi ...": no date line under the signature, the text's
    // first paragraph (a sentence of twelve words or more, closed by its stop) right under it, and no paragraph of
    // the text over it but the standfirst (a credit between two paragraphs closes the caption over it).
    const int paragraph_words = 12;
    const std::size_t most_paragraphs_over = 1;
    const std::vector<Block>& blocks = p.blocks;
    auto paragraph = [&](std::size_t k) {
        return blocks[k].words >= paragraph_words && blocks[k].end_punct && blocks[k].urls == 0;
    };
    if (i == 0 || i + 1 >= blocks.size() || p.role[i + 1] != Role::none || !paragraph(i + 1))
        return false;
    // (The paragraphs over it counted before the line is read as names: a line under the text's second paragraph,
    // as most are, is turned away by a few loads a line above it.)
    std::size_t over = 0;
    for (std::size_t k = 0; k < i; ++k)
        if (p.role[k] == Role::none && paragraph(k) && ++over > most_paragraphs_over)
            return false;
    return name_agency_signature(blocks[i].text);
}

bool picture_label_credit(std::string_view credit) {
    static const LexiconSection* labels = common_lexicon().section("picture_labels"); // (looked up once)
    return labels != nullptr && credit.size() > 2 && credit.front() == '(' && credit.back() == ')' &&
           labels->has(text::lower(credit.substr(1, credit.size() - 2)));
}

bool text_source_credit(std::string_view credit) {
    // "Quelle: Landesregierung", "Source : Insee", "(Fuente: INE)": a label naming where a text or its figures come
    // from (lexicon section text_source_words), closed by its colon; "Foto: Jane Roe" and "Bildquelle: Hafenamt"
    // credit a picture.
    static const LexiconSection* labels = common_lexicon().section("text_source_words"); // (looked up once)
    credit = text::trim(credit);
    if (!credit.empty() && credit.front() == '(')
        credit.remove_prefix(1);
    const std::size_t colon = credit.find(':');
    if (labels == nullptr || colon == std::string_view::npos)
        return false;
    return labels->has(text::lower(text::trim(credit.substr(0, colon))));
}

bool embedded_post_credit(const Block& b) {
    // "A post shared by Jane Roe (@janeroe)", "Ein Beitrag geteilt von Hafenblatt (@hafenblatt)": the line that a post
    // of a photo network embedded in the page prints under its picture, a phrase of sharing (lexicon section
    // embed_credits), then the account's name and its handle in parentheses. No text of the article: its author
    // quotes the post, the network credits it. (Most lines are turned away by their last byte.)
    const int most_words = 20;
    if (b.text.empty() || b.text.back() != ')' || b.words > most_words || b.text.find("(@") == std::string::npos)
        return false;
    static const LexiconSection& phrases = any_language_section("embed_credits"); // (merged once)
    return std::any_of(phrases.entries.begin(), phrases.entries.end(), [&b](const std::string_view e) {
        return b.lower.size() > e.size() + 1 && b.lower.starts_with(e) && b.lower[e.size()] == ' ';
    });
}

// "(Arquivo pessoal)", "(Divulgação)", "(Reprodução/Instagram)", "(Archivo)", "(Cortesía)", "(Archiv)": Brazilian
// and Spanish-language papers credit a picture by its source alone, in the parenthesis closing its caption or on the
// line under it: a capitalised word of lexicon section source_credit_words, then nothing, one small word of section
// source_credit_qualifier_words ("pessoal", "personal", "familiar": whose archive), or a slash and the outlet or body
// the picture is from (outlet_name(): "Instagram", "Prefeitura de Campinas").
bool unlabelled_source_credit(std::string_view inner) {
    static const LexiconSection* sources = common_lexicon().section("source_credit_words"); // (looked up once)
    // (looked up once)
    static const LexiconSection* qualifiers = common_lexicon().section("source_credit_qualifier_words");
    if (inner.empty() || !text::starts_upper(inner) || sources == nullptr || qualifiers == nullptr)
        return false;
    const std::size_t end = inner.find_first_of(" /");
    const std::string_view word = inner.substr(0, end);
    if (word.size() > sources->longest || !sources->has(text::lower(word)))
        return false;
    if (end == std::string_view::npos)
        return true;
    const std::string_view rest = inner.substr(end + 1);
    if (inner[end] == '/')
        return rest.find_first_of("/0123456789.,;:!?()[]@") == std::string_view::npos && outlet_name(rest);
    return !rest.empty() && rest.find(' ') == std::string_view::npos && !text::starts_upper(rest) &&
           qualifiers->has(text::lower(rest));
}

} // namespace archive
