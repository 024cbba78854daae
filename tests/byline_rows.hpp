// Helpers of the table-driven byline and date tests: a byline line's expected names, and a page built around the
// lines under its headline in one language.
#pragma once

#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::test {

/// A byline, the page's language and the names byline_authors() reads from it.
struct BylineRow {
    const char* line;
    const char* lang;
    std::vector<std::string> names;
};

/// Checks each row: byline_authors() of its line in its language gives its names.
inline void check_byline_rows(const std::vector<BylineRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang) == std::optional<std::vector<std::string>>(r.names));
    }
}

/// A page in `lang`: the site's name and menu, `title`, the lines `under` it, two paragraphs of `sentence` and a
/// share button, classified.
inline Article page_under_title(const char* lang, const std::string& title, const std::string& under,
                                const std::string& sentence) {
    const std::string page = "Harbour Notes\nHome | Port | Sport\n\n" + title + "\n" + under + "\n\n" + sentence + " " +
                             sentence + "\n\n" + sentence + "\n\nShare\n";
    return classify(segment(page), lang);
}

/// The title of a page about night buses coming back to a valley, in `lang` ("en", "de", "fr", "es", "it"), and its
/// sentence.
struct ValleyText {
    const char* title;
    const char* sentence;
};

inline ValleyText valley_text(std::string_view lang) {
    static const std::vector<std::pair<std::string_view, ValleyText>> texts = {
        {"en",
         {"Night buses return to the valley",
          "The night buses return to the valley from Friday, after the council found the money for two drivers."}},
        {"de",
         {"Nachtbusse fahren wieder ins Tal",
          "Die Nachtbusse fahren ab Freitag wieder ins Tal, nachdem der Rat das Geld für zwei Fahrer fand."}},
        {"fr",
         {"Les bus de nuit reviennent dans la vallée",
          "Les bus de nuit reviennent dans la vallée dès vendredi, après que la commune a trouvé l'argent."}},
        {"es",
         {"Vuelven los autobuses nocturnos al valle",
          "Los autobuses nocturnos vuelven al valle desde el viernes, después de que el ayuntamiento encontrara "
          "fondos."}},
        {"it",
         {"Tornano gli autobus notturni nella valle",
          "Gli autobus notturni tornano nella valle da venerdì, dopo che il comune ha trovato i fondi."}},
    };
    for (const auto& [code, text] : texts)
        if (code == lang)
            return text;
    FAIL("no valley text in " << lang);
    return {};
}

/// page_under_title() of the valley's title and sentence in `lang` (valley_text()), the lines `under` the title.
inline Article valley_page(const char* lang, const std::string& under) {
    const ValleyText v = valley_text(lang);
    return page_under_title(lang, v.title, under, v.sentence);
}

/// Checks each line: name_line() reads a person's name of it (the line as written) when `names`, else none.
inline void check_name_lines(const std::vector<const char*>& lines, bool names) {
    for (const char* line : lines) {
        INFO(line);
        CHECK(name_line(line) == (names ? std::optional<std::string>(line) : std::nullopt));
    }
}

/// The valley's pages in `lang` (valley_page()) with the `line` over the `date` line, then under it.
inline std::vector<Article> valley_pages_beside_date(const char* lang, const std::string& line,
                                                     const std::string& date) {
    return {valley_page(lang, line + "\n" + date), valley_page(lang, date + "\n" + line)};
}

} // namespace archive::test
