// The words of a bare name and a line of names of the classify stage: a person's name printed without a byline word
// ("Jane Roe", "Anna Muster, Lena Brandt"), a handle in small letters, the job titles and months that end a name.
// Bylines opened by a byline word are read in bylines.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "bylines.hpp"
#include "dates_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>

namespace archive {

namespace {

// A piece of a byline holding a word of a job title ("Senior Staff Writer", "Redakteurin", "rédactrice en chef").
bool job_title(std::string_view piece) {
    static const LexiconSection& titles = any_language_section("job_title_words"); // merged once
    // (A token at a time: no vector of a whole paragraph's words when `piece` is a line of text.)
    for (std::size_t k = 0; k < piece.size();) {
        const std::string_view w = text::next_token(piece, k);
        if (w.empty())
            break;
        const text::LowerCased lowered(w); // (on the stack: a word, not a string allocated for every one)
        std::string_view low = lowered.view();
        while (!low.empty() && (low.back() == ',' || low.back() == '.' || low.back() == ':'))
            low.remove_suffix(1);
        // "Online-Redakteurin", "News-Redaktion": a compound's last part names the job.
        const std::size_t hyphen = low.rfind('-');
        if (titles.has(low) || (hyphen != std::string_view::npos && titles.has(low.substr(hyphen + 1))))
            return true;
    }
    return false;
}

// "Mark Hollis @markhollis" -> "Mark Hollis", "Jana Morlock (@janamorlock)" -> "Jana Morlock", "Ana Ruiz - @anaruiz"
// -> "Ana Ruiz": a line of words closed by the author's handle (an "@" and its account, alone or in a parenthesis, a
// dash or a bar before it going with it) without the handle; other lines (a handle alone, no handle) as they are.
std::string_view without_closing_handle(std::string_view line) {
    // (An "@" first: most lines are turned away without their words being read.)
    if (line.find('@') == std::string_view::npos)
        return line;
    line = text::trim(line);
    const std::size_t space = line.rfind(' ');
    if (space == std::string_view::npos)
        return line;
    std::string_view handle = line.substr(space + 1);
    if (handle.size() > 2 && handle.front() == '(' && handle.back() == ')')
        handle = handle.substr(1, handle.size() - 2);
    // "@markhollis", "@Jana_Morlock": the "@" opens the token and the account's letters, figures, dots and underscores
    // follow it ("Jane Roe @ Harbour Hall" is no handle, nor "jane@harbour-post.example").
    const auto account = handle.substr(std::min<std::size_t>(1, handle.size()));
    if (handle.size() < 2 || handle.front() != '@' ||
        !std::all_of(account.begin(), account.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
        }))
        return line;
    std::string_view name = text::trim(line.substr(0, space));
    // "Ana Ruiz - @anaruiz", "Mario Rossi | @mrossi": the mark before the handle goes with it.
    for (std::string_view mark : {" -", " \u2013", " \u2014", " |", " \u00b7"})
        if (name.ends_with(mark)) {
            name = text::trim(name.substr(0, name.size() - mark.size()));
            break;
        }
    return name.empty() ? line : name;
}

} // namespace

// "march", "märz", "mars": a word, lower-cased already, that names a month in one of the lexicon's languages.
// (month_of() reads every language's month names merged once, behind their merged sketch: one look-up at most, not
// one in each language; no language numbers a month 0.)
bool month_name(std::string_view low) {
    return dating::month_of(low, {}) != 0;
}

std::size_t glued_figures(std::string_view w) {
    std::size_t k = 0;
    while (k < w.size() && (w[k] < '0' || w[k] > '9'))
        ++k;
    if (k == 0 || k == w.size() || !text::starts_upper(w))
        return 0;
    return bare_name_word(w.substr(0, k)) ? k : 0;
}

// "flerche", "mady", "jane_roe", "k.lee": a blog's author signing a date line with a handle in small letters, one word
// of three ASCII characters or more (letters and figures, a dot, a hyphen or an underscore inside), opened by a letter
// and no word of a language: no stopword, job title, month, weekday or day word ("by hand", "von heute", "by staff").
bool handle_name(std::string_view w) {
    const std::size_t shortest = 3;
    auto inner = [](char c) { return c == '.' || c == '-' || c == '_'; };
    // "Jo_Roe", "DarkFerry_7": an underscore, which no word of a language holds, makes a word of capitals and small
    // letters a handle too.
    const bool underscore = w.find('_') != std::string_view::npos;
    auto letter = [underscore](char c) { return (c >= 'a' && c <= 'z') || (underscore && c >= 'A' && c <= 'Z'); };
    if (w.size() < shortest || !letter(w.front()) || inner(w.back()))
        return false;
    for (char c : w)
        if (!(letter(c) || (c >= '0' && c <= '9') || inner(c)))
            return false;
    static const LexiconSection& weekdays = any_language_section("weekdays");
    static const LexiconSection& day_words = any_language_section("relative_day_words");
    return stopword_languages(w) == 0 && !job_title(w) && !weekdays.has(w) && !day_words.has(w) && !month_name(w);
}

// "J.G.", "M. B.", "J.-P.L.": a signature of initials alone, capitals of ASCII each closed by a stop (a hyphen may
// join two), two to four of them, nothing else but spaces between them.
bool initials_signature(std::string_view line) {
    const std::size_t longest = 16;
    const int fewest = 2, most = 4;
    if (line.size() > longest || line.size() < 4 || line.back() != '.')
        return false;
    int capitals = 0;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (c >= 'A' && c <= 'Z') {
            if (k + 1 >= line.size() || line[k + 1] != '.')
                return false;
            ++capitals;
        } else if (c == '-') {
            if (k == 0 || line[k - 1] != '.')
                return false;
        } else if (c != '.' && c != ' ') {
            return false;
        } else if (c == '.' && (k == 0 || line[k - 1] < 'A' || line[k - 1] > 'Z')) {
            return false;
        }
    }
    return capitals >= fewest && capitals <= most;
}

std::uint32_t name_languages(std::string_view page_language, const Lexicon* byline_language) {
    std::uint32_t bits = 0;
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size(); ++k)
        if (langs[k] == byline_language || langs[k] == lexicon(page_language))
            bits |= std::uint32_t{1} << k;
    return bits == 0 ? ~std::uint32_t{0} : bits;
}

// A word of a bare name: capitalised, or a particle of a name ("von", "de"), no digit, no stopword of a language (but
// the particles) and no other character than letters, a full stop ("J."), a hyphen or an apostrophe.
bool bare_name_word(std::string_view w, std::uint32_t stop_languages) {
    if (name_particle(w))
        return true;
    if (!text::starts_upper(w))
        return false;
    const std::string low = text::lower(w);
    if ((stopword_languages(low) & stop_languages) != 0)
        return false;
    // "By Le Monde", "Por El Faro": an article of any language opens a paper's name, no person's.
    static const LexiconSection& articles = any_language_section("articles");
    if (stop_languages != ~std::uint32_t{0} && articles.has(low))
        return false;
    // A month or a day of the week opens the date after the name ("Jane Roe March 3, 2021", "Founded February").
    static const LexiconSection& weekdays = any_language_section("weekdays");
    if (weekdays.has(low) || month_name(low))
        return false;
    // "ByJane", "DJV-Online": a capital after a small letter glues two words ("McRae", "MacLeod", "DiMaggio" are
    // names: the piece before the capital is a name's prefix of [camel_prefixes]); "EC", "TV": an acronym of two or
    // three capitals names a firm or a desk.
    static const LexiconSection* camel_prefixes = common_lexicon().section("camel_prefixes"); // (looked up once)
    std::size_t capitals = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const auto u = static_cast<unsigned char>(w[k]);
        if (u < 0x80 && !std::isalpha(u) && w[k] != '.' && w[k] != '-' && w[k] != '\'')
            return false;
        if (std::isupper(u)) {
            ++capitals;
            if (k > 0 && std::islower(static_cast<unsigned char>(w[k - 1])) &&
                !(camel_prefixes && camel_prefixes->has(text::lower(w.substr(0, k)))))
                return false;
        }
    }
    return !(w.size() <= 3 && capitals == w.size());
}

namespace {

// desk_word() of a word lower-cased already, a closing comma, stop or colon aside.
bool desk_lowered(std::string_view low) {
    static const LexiconSection& desks = any_language_section("desk_words");
    while (!low.empty() && (low.back() == ',' || low.back() == '.' || low.back() == ':'))
        low.remove_suffix(1);
    if (desks.has(low))
        return true;
    // "Hafenblatt-Redaktion", "Sportredaktion": a compound closed by a newsroom's word of seven bytes or more (no
    // short one: "staff", "desk" close other words).
    const std::size_t longer = 7;
    return low.size() > longer && std::any_of(desks.entries.begin(), desks.entries.end(), [low](std::string_view e) {
               return e.size() >= longer && low.size() > e.size() && low.ends_with(e);
           });
}

} // namespace

bool desk_word(std::string_view w) {
    return desk_lowered(text::lower(w));
}

bool text_kind_word(std::string_view w) {
    static const LexiconSection& kinds = any_language_section("text_kind_words");
    return kinds.has(text::lower(w));
}

std::optional<std::size_t> desk_piece(const std::vector<std::string_view>& words) {
    // ("Von Redaktion", "Texto: Redação": the newsroom's word alone is left as the byline's one word, as the gold
    // bylines of the corpora keep it.)
    const auto at = std::find_if(words.begin(), words.end(), desk_word);
    if (words.size() < 2 || at == words.end())
        return std::nullopt;
    const auto desk = static_cast<std::size_t>(at - words.begin());
    // "Jane Roe Staff Writer": a job title's word that is no newsroom's after the newsroom's word makes it a job.
    const bool job = std::any_of(at, words.end(), [](std::string_view w) { return !desk_word(w) && job_title(w); });
    if (desk >= 2 && job && bare_name({words.begin(), at}))
        return desk;
    return 0;
}

std::string join_words(const std::vector<std::string_view>& words) {
    std::string out;
    for (auto w : words) {
        if (!out.empty())
            out += ' ';
        out.append(w);
    }
    return out;
}

bool bare_name(const std::vector<std::string_view>& words) {
    if (words.size() < 2 || words.size() > 4 || !text::starts_upper(words.front()) ||
        !text::starts_upper(words.back()))
        return false;
    for (std::size_t k = 0; k < words.size(); ++k)
        if (!name_word_at(words, k))
            return false;
    // "Anna von Berg", "Jan van der Berg": a German or Dutch nobiliary particle in small letters leads to one
    // capitalised word, past the articles after it; "Gepostet von Anna Muster", "Vertaald van Piet Jansen" is a
    // participle and a byline's preposition before a name. (Not the Romance "da", "di": "Maria da Conceição Tavares",
    // "Ana da Costa Lima" carry two family names after theirs.)
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
        const std::string_view w = words[k];
        if (w != "von" && w != "vom" && w != "van" && w != "zu")
            continue;
        const auto capitalised = std::count_if(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, words.end(),
                                               [](std::string_view after) { return text::starts_upper(after); });
        if (capitalised > 1)
            return false;
    }
    // "Text Outline Colour Settings", "Schriftart Farbe Deckkraft": the entries of a video player's or a reader's
    // settings panel, capitalised, name no person (lexicon section settings_panel_words).
    static const LexiconSection& settings = any_language_section("settings_panel_words");
    // "Redaktion Hafenblatt", "Metro Desk": a newsroom's word names a desk, no person (desk_word()); "Pressemitteilung
    // Aktuell", "Comunicato Stampa": the kind of text a page publishes, or its news section, names none either
    // (text_kind_word()).
    // "Foto di Max Roe", "Bearbeitet von Anna Muster", "Fotos de Max Roe": the credit of a picture or of other work
    // than the text's, its role's noun or participle read with the particle as a name's words (lexicon sections
    // picture_roles and credit_participle_words).
    static const LexiconSection& kinds = any_language_section("text_kind_words");
    static const LexiconSection& roles = any_language_section("picture_roles");
    static const LexiconSection& participles = any_language_section("credit_participle_words");
    if (std::any_of(words.begin(), words.end(), [](std::string_view w) {
            const std::string low = text::lower(w);
            return settings.has(low) || desk_lowered(low) || kinds.has(low) || roles.has(low) || participles.has(low);
        }))
        return false;
    // "New York", "SAN DIEGO", "Bad Ems": a word that opens a place's name and no person's (lexicon section
    // place_opening_words) opens none.
    static const LexiconSection* places = common_lexicon().section("place_opening_words"); // (looked up once)
    if (places != nullptr && places->has(text::lower(words.front())))
        return false;
    const std::string name = join_words(words);
    return !agency_id(name) && !agency_tag(name);
}

std::optional<std::string> name_line(std::string_view line) {
    const auto words = text::split_ws(line);
    if (!bare_name(words))
        return std::nullopt;
    return text::collapse(line);
}

// "3", "4.", "Februar", "mars", "Freitag,": a word that opens a date, a figure or a month's or a weekday's name in
// any language.
bool opens_date(std::string_view w) {
    if (text::has_ascii_digit(w))
        return true;
    std::string low = text::lower(w);
    while (!low.empty() && (low.back() == '.' || low.back() == ','))
        low.pop_back();
    static const LexiconSection& weekdays = any_language_section("weekdays");
    return weekdays.has(low) || month_name(low);
}

bool job_title_line(std::string_view line) {
    return job_title(line);
}

bool author_joiner(std::string_view w) {
    static const LexiconSection& joiners = any_language_section("author_joiners");
    return w == "&" || joiners.has(text::lower(w));
}

std::optional<std::vector<std::string>> names_line(std::string_view line) {
    const std::size_t most_names = 4;
    // Four names of four words at most (bare_name()), a joiner between two of them: a line of more tokens holds no
    // names alone. (The lines under a headline and around a name are often paragraphs of the text: they are turned
    // away after twenty tokens instead of having every word looked up.)
    const std::size_t most_name_words = 4, most_tokens = most_names * most_name_words + (most_names - 1);
    if (more_tokens_than(line, most_tokens))
        return std::nullopt;
    std::vector<std::string> names;
    std::vector<std::string_view> piece;
    // A piece of the line is one name, no job title ("Senior Reporter") and no button of the page's furniture that
    // closes an article ("Medien Kommentieren", lexicon section terminators): "Marwan Adwan1" drops the mark of its
    // note.
    static const LexiconSection& furniture = any_language_section("terminators");
    auto close = [&]() {
        if (piece.empty())
            return false;
        if (const std::size_t letters = glued_figures(piece.back()); letters > 0)
            piece.back() = piece.back().substr(0, letters);
        const bool other = std::any_of(piece.begin(), piece.end(), [](std::string_view w) {
            return job_title(w) || furniture.has(text::lower(w));
        });
        if (other || !bare_name(piece))
            return false;
        names.push_back(join_words(piece));
        piece.clear();
        return true;
    };
    const auto words = text::split_ws(without_closing_role(without_closing_handle(line)));
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        // "José Ortega y Gasset", "Jordi Puigvert i Soler": a joiner that is also a name's particle on a line of names
        // (name_particle()), one capitalised word after it closing the line and two words or more before it, joins
        // the two family names of one person ("Ana Ruiz y Gil Soto" names two).
        if (author_joiner(w) && !(k + 2 == words.size() && piece.size() >= 2 && name_particle(w) &&
                                  text::starts_upper(words[k + 1]))) {
            if (!close())
                return std::nullopt;
            continue;
        }
        const bool comma = w.back() == ',';
        piece.push_back(comma ? w.substr(0, w.size() - 1) : w);
        if (comma && !close())
            return std::nullopt;
    }
    if (!close() || names.size() > most_names)
        return std::nullopt;
    return names;
}

} // namespace archive
