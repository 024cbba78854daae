// Table-driven tests of date lines in several languages.
#include <catch2/catch.hpp>

#include "dates.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <cstddef>
#include <random>
#include <string>
#include <string_view>

using namespace archive;

TEST_CASE("date lines become ISO 8601", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published; // "" = none
        const char* updated;
    };
    const Row rows[] = {
        {"Publié le 25 octobre 2016 à 14h32 • Mis à jour le 26 octobre 2016 à 08h05", "fr", "2016-10-25T14:32",
         "2016-10-26T08:05"},
        {"04.05.2015 à 13h36", "fr", "2015-05-04T13:36", ""},
        {"Aktualisiert am 12.03.2024, 14:05", "de", "", "2024-03-12T14:05"},
        {"Veröffentlicht am 5. März 2024 um 09.30 Uhr", "de", "2024-03-05T09:30", ""},
        {"April 5, 2018 | 6:00 PM", "en", "2018-04-05T18:00", ""},
        {"Published Oct. 19, 2019", "en", "2019-10-19", ""},
        {"Updated March 3, 2025 10:42 AM", "en", "", "2025-03-03T10:42"},
        {"12 marzo 2024 ore 10:15", "it", "2024-03-12T10:15", ""},
        {"Publicado: 5 de mayo de 2024, 09:30", "es", "2024-05-05T09:30", ""},
        {"Publicado em 7 de junho de 2023", "pt", "2023-06-07", ""},
        {"2019-10-19", "en", "2019-10-19", ""},
        {"Gepubliceerd op 3 april 2022", "nl", "2022-04-03", ""},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}

TEST_CASE("a count of a post's comments on its line of facts is no word of a sentence", "[dates]") {
    const struct {
        const char* line;
        const char* lang;
        const char* published;
    } rows[] = {
        {"March 3, 2023 Jane Roe 3 Comments Boats, Weather", "en", "2023-03-03"},
        {"12. März 2023 Anna Muster 1 Kommentar Kategorie, Tipps", "de", "2023-03-12"},
        {"12 mars 2023 Jeanne Morel 2 commentaires Société, Culture", "fr", "2023-03-12"},
        {"12 de marzo de 2023 Lucía Gómez 5 comentarios Cultura, Viajes", "es", "2023-03-12"},
        {"12 marzo 2023 Marco Bianchi 4 commenti Cultura, Viaggi", "it", "2023-03-12"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
    }
    // The word without its count is a word of the line like any other.
    CHECK_FALSE(read_dates("March 3, 2023 Jane Roe read the comments on boats, weather", "en").is_date_line);
    CHECK_FALSE(read_dates("12. März 2023 Anna Muster las die Kommentare zu Booten", "de").is_date_line);
}

TEST_CASE("relative dates are left null and flagged", "[dates]") {
    for (const char* line : {"Updated 2 hours ago", "il y a 3 heures", "vor 2 Stunden", "hace 5 minutos"}) {
        INFO(line);
        DateLine d = read_dates(line, "");
        CHECK(d.relative);
        CHECK_FALSE(d.published);
        CHECK_FALSE(d.updated);
    }
}

TEST_CASE("relative dates in words are date lines left null and flagged", "[dates]") {
    struct Row {
        const char* line;
        bool relative; // a date line holding a relative date, or prose that must stay prose
    };
    const Row rows[] = {
        {"vor einer Stunde", true},
        {"Publiziert vor einer Stunde", true},
        {"Aktualisiert gestern", true},
        {"an hour ago", true},
        {"Updated a day ago", true},
        {"Yesterday", true},
        {"il y a une heure", true},
        {"Publié hier", true},
        {"hace un día", true},
        {"Ayer", true},
        {"un'ora fa", true},
        {"Pubblicato ieri", true},
        // sentences: closed by a stop, or too many other words
        {"Vor einer Stunde begann der Regen.", false},
        {"Vor einer Stunde begann im Tal starker Regen", false},
        {"An hour ago the ferry left the harbour without its passengers", false},
        {"Il y a une heure, la ville dormait encore.", false},
        {"Hace un día llegó la nueva alcaldesa al pueblo", false},
        {"Un'ora fa il treno è partito.", false},
        {"Der Hafen gestern und heute", false},
        {"Ieri e oggi del nostro quartiere", false},
        // no relative date at all
        {"Weitere Artikel", false},
        {"Hier finden Sie alle Termine unserer Vereine", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, "");
        CHECK(d.relative == r.relative);
        CHECK(d.is_date_line == r.relative);
        CHECK_FALSE(d.published);
    }
}

TEST_CASE("a day word alone on its line is a relative date only in the page's language", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        bool relative;
    };
    const Row rows[] = {
        {"Hier", "fr", true},      {"Hier", "de", false}, // German "here", a link's word
        {"Hier :", "fr", true},    {"Gestern", "de", true}, {"Gestern", "en", false},
        {"Yesterday", "en", true}, {"Ayer", "es", true},     {"Ayer", "it", false},
        {"Ieri", "it", true},      {"Ieri", "es", false},
        {"Publié hier", "fr", true}, // (not alone: a label says it)
    };
    for (const auto& r : rows) {
        INFO(r.line << " (" << r.lang << ")");
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.relative == r.relative);
        CHECK(d.is_date_line == r.relative);
    }
}

TEST_CASE("prose that mentions a date is not a date line", "[dates]") {
    for (const char* line : {"Le 25 octobre 2016, le conseil municipal a voté un crédit pour rénover l'école du village.",
                             "The plant, which opened on March 3, 2025, employs more than four hundred people."}) {
        INFO(line);
        CHECK_FALSE(read_dates(line, "").is_date_line);
        CHECK(find_date(line, ""));
    }
    CHECK_FALSE(find_date("Raids aériens", "fr"));
    CHECK_FALSE(find_date("31.02.2020", "de")); // there is no 31st of February
    CHECK(find_date("29.02.2024", "de") == "2024-02-29");
}

TEST_CASE("a date is read from ASCII figures only: a line without one holds none", "[dates]") {
    // (find_date() and date_amid_words() settle a line without an ASCII figure before tokenizing it.)
    CHECK(find_date("Publié le 4 mars 2024", "fr") == "2024-03-04");
    CHECK(find_date("Veröffentlicht am 4. März 2024", "de") == "2024-03-04");
    CHECK(find_date("Published March 4, 2024", "en") == "2024-03-04");
    CHECK_FALSE(find_date("Publié le \u0664 mars \u0662\u0660\u0662\u0664", "fr")); // Arabic-Indic figures
    CHECK_FALSE(find_date("Veröffentlicht am \uff14. März \uff12\uff10\uff12\uff14", "de")); // full-width figures
    CHECK_FALSE(find_date("Published on the fourth of March", "en"));
    CHECK(date_amid_words("Das Hafenfest am 3. Mai 2021 wurde abgesagt", "de"));
    CHECK_FALSE(date_amid_words("Das Hafenfest am \uff13. Mai \uff12\uff10\uff12\uff11 wurde abgesagt", "de"));
    CHECK_FALSE(date_amid_words("La fête du port aura lieu en mai", "fr"));
}

TEST_CASE("a date line may carry the byline", "[dates]") {
    DateLine d = read_dates("October 19, 2019 by IWB", "en");
    CHECK(d.is_date_line);
    CHECK(d.published == "2019-10-19");
    CHECK(d.rest == "by IWB");
    // A sentence that names a date is no date line: its other words are nobody's rest.
    DateLine sentence =
        read_dates("On 4 May 2023 the new ferry crossed the bay for the first time with forty cars.", "en");
    CHECK(sentence.published == "2023-05-04");
    CHECK_FALSE(sentence.is_date_line);
    CHECK(sentence.rest.empty());
    DateLine satz = read_dates("Am 12. März 2024 legte die neue Fähre zum ersten Mal mit vierzig Autos ab.", "de");
    CHECK(satz.published == "2024-03-12");
    CHECK_FALSE(satz.is_date_line);
    CHECK(satz.rest.empty());
}

TEST_CASE("a year glued to the hour of its time", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
    };
    const Row rows[] = {
        {"jueves, 9 de junio de 202207:30 hs", "es", "2022-06-09T07:30"},
        {"12. März 202409:30 Uhr", "de", "2024-03-12T09:30"},
        {"March 3, 202110:15", "en", "2021-03-03T10:15"},
        {"3 mars 202114:05", "fr", "2021-03-03T14:05"},
        {"12 marzo 20248:30", "it", "2024-03-12T08:30"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
    }
}

TEST_CASE("a blog's calendar leaf prints the weekday between the day and the month", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
    };
    const Row rows[] = {
        {"27 Mittwoch Mai 2020", "de"}, {"27 Wednesday May 2020", "en"}, {"27 mercredi mai 2020", "fr"},
        {"27 miércoles mayo 2020", "es"}, {"27 mercoledì mag 2020", "it"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == "2020-05-27");
    }
}

TEST_CASE("a label naming the day of publication", "[dates]") {
    for (const char* line : {"Erscheinungsdatum: 11.03.2021", "Publication date: March 11, 2021",
                             "Date de publication : 11 mars 2021", "Fecha de publicación: 11 de marzo de 2021",
                             "Data di pubblicazione: 11 marzo 2021", "Publicatiedatum: 11 maart 2021",
                             "Data de publicação: 11 de março de 2021"}) {
        INFO(line);
        DateLine d = read_dates(line, "");
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == "2021-03-11");
        CHECK(d.published_labelled);
    }
}

namespace {

// A date line in a language and the day of publication it gives.
struct DayRow {
    const char* line;
    const char* lang;
    const char* published;
};

// Each row's line is a date line giving its day.
template <std::size_t N> void check_day_rows(const DayRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
    }
}

} // namespace

TEST_CASE("two dates printed without a space between a year and the next day", "[dates]") {
    const DayRow rows[] = {
        {"1. November 20241. November 2024 jowee", "de", "2024-11-01"},
        {"Veröffentlicht am 10. Februar 20249. Februar 2024 von Heiko", "de", "2024-02-10"},
        {"Publié le 03.03.202412.03.2024", "fr", "2024-03-03"},
    };
    check_day_rows(rows);
    // A postcode is no year glued to a day.
    CHECK_FALSE(read_dates("Hafenstraße 3, 20144 Hamburg", "de").published);
}

TEST_CASE("the year closing a date of numbers glued to a count or to the next date", "[dates]") {
    const DayRow rows[] = {
        {"03/05/20214 Kommentare", "de", "2021-05-03"},
        {"03/05/20217 comments", "en", "2021-03-05"},
        {"03/05/20212 commentaires", "fr", "2021-05-03"},
        {"03.05.202112 comentarios", "es", "2021-05-03"},
        {"03-05-20213 commenti", "it", "2021-05-03"},
        {"21/09/201820/09/2018", "pt", "2018-09-21"},
        {"21/09/20185 reacties", "nl", "2018-09-21"},
    };
    check_day_rows(rows);
    // A number after a day and a month that is no date's is left alone.
    CHECK_FALSE(read_dates("Spiel 3/5/31234 Punkte", "de").published);
}

TEST_CASE("a calendar leaf's day glued to its year after the month", "[dates]") {
    const DayRow rows[] = {
        {"Oct 092018", "en", "2018-10-09"},
        {"Mär 72021", "de", "2021-03-07"},
        {"févr 142020", "fr", "2020-02-14"},
        {"abr 032019", "es", "2019-04-03"},
        {"giu 112017", "it", "2017-06-11"},
        {"maio 52016", "pt", "2016-05-05"},
        {"mei 302015", "nl", "2015-05-30"},
    };
    check_day_rows(rows);
    // A count after a month's name is no day and year.
    CHECK_FALSE(read_dates("Mai 12345 Besucher", "de").published);
    CHECK_FALSE(read_dates("May 20095 visitors", "en").published);
}

TEST_CASE("digits from U+0080 make no date and no failure", "[dates]") {
    // A digit outside ASCII opens a number token of its own bytes: four bytes for a mathematical digit, as many as
    // a year's. Such lines are read without a date and without an exception.
    const char* lines[] = {
        "Published \xF0\x9D\x9F\x90\xF0\x9D\x9F\x8E\xF0\x9D\x9F\x8F\xF0\x9D\x9F\x97-10-19", // 𝟐𝟎𝟏𝟗-10-19
        "\xF0\x9D\x9F\x90-10-19",                                                                 // 𝟐-10-19
        "Publié le \xD9\xA2/10/2019",                                                             // ٢/10/2019
        "am \xF0\x9D\x9F\x8F\xF0\x9D\x9F\x97. Oktober 2019 um \xF0\x9D\x9F\x8F:30 Uhr",           // 𝟏𝟗. Oktober ...
        "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x99-10-19",                             // ２０１９-10-19
        "5 mai 2019 à \xD9\xA2:30",                                                               // ... à ٢:30
    };
    const char* langs[] = {"en", "fr", "de", "es"};
    for (const char* line : lines) {
        for (const char* lang : langs) {
            INFO(line << " " << lang);
            DateLine d;
            REQUIRE_NOTHROW(d = read_dates(line, lang));
            if (d.published)
                CHECK(d.published->find('-') == 4); // a well-formed ISO date, never a negative field
        }
    }
}

TEST_CASE("a date of numbers may print its year with two digits", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
    };
    const Row rows[] = {
        {"14.03.21 - 09:40", "de", "2021-03-14T09:40"},
        {"Von: Lena Brandt | 27.09.22", "de", "2022-09-27"},
        {"Publié le 08/02/24", "fr", "2024-02-08"},
        {"Publicado 21/06/22 a las 18:05", "es", "2022-06-21T18:05"},
        {"Pubblicato il 30.11.23", "it", "2023-11-30"},
        {"09.14.18 in Reviews", "en", "2018-09-14"},
        {"Posted 04/07/19 by Sam Lee", "en", "2019-04-07"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
    }
    // A version or an address of four numbers is no date.
    CHECK_FALSE(read_dates("Version 1.12.20.3", "en").published);
    CHECK_FALSE(read_dates("Server 10.12.22.7 antwortet nicht", "de").published);
}

TEST_CASE("the day of an event, given with its hours or up to another day, is no publication date", "[dates]") {
    for (const char* line : {"Online-Seminar 19.1.2023, 10:00-11:30 Uhr", "Webinaire le 4 mars 2025, 14h00 - 15h30",
                             "March 4, 2025, 6:00 - 8:00 PM", "Tippspiel 28.01.2022 – 29.01.2022",
                             "Seminario 12/05/2024 10:00-12:00", "Taller 3 de junio de 2024, 17:00 - 19:00"}) {
        INFO(line);
        DateLine d = read_dates(line, "");
        CHECK_FALSE(d.published);
        CHECK_FALSE(d.updated);
    }
    // A date and its one time is the publication's.
    CHECK(read_dates("19.01.2023, 10:00 Uhr", "de").published == "2023-01-19T10:00");
}

TEST_CASE("a day written as an ordinal, and the Spanish year after \"del\"", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
    };
    const Row rows[] = {
        {"March 3rd, 2021", "en", "2021-03-03"},
        {"Posted on May 21st, 2019 at 9:15 AM", "en", "2019-05-21T09:15"},
        {"2nd August 2018", "en", "2018-08-02"},
        {"Publié le 1er juin 2021", "fr", "2021-06-01"},
        {"Dezember 14th, 2021", "de", "2021-12-14"},
        {"viernes 07 de mayo del 2021", "es", "2021-05-07"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        CHECK(d.published.value_or("") == r.published);
    }
    // An ending that stands apart is no ordinal's.
    CHECK_FALSE(read_dates("March 3 th 2021", "en").published);
}

TEST_CASE("a published label stays with its date when an updated one follows on the line", "[dates]") {
    for (const char* line : {"PUBLISHED: March 8, 2023 at 9:05 p.m. | UPDATED: March 9, 2023 at 7:40 a.m.",
                             "Veröffentlicht am 8. März 2023 | Aktualisiert am 9. März 2023",
                             "Publié le 8 mars 2023, mis à jour le 9 mars 2023"}) {
        INFO(line);
        DateLine d = read_dates(line, "");
        CHECK(d.published_labelled);
        CHECK(d.updated);
    }
    CHECK_FALSE(read_dates("8 mars 2023", "fr").published_labelled);
}

TEST_CASE("dates of numbers that read one way only prove the page's order", "[dates]") {
    struct Row {
        const char* text;
        int day_first, month_first;
    };
    const Row rows[] = {
        {"16/04/2020 at 9:12 pm", 1, 0},      {"Kommentar vom 23.11.19", 1, 0}, {"Posted 04/16/2020", 0, 1},
        {"12/04/2020 by Kay", 0, 0},          {"Version 1.13.2.4", 0, 0},       {"Le 30/09/2021 et le 02/10/2021", 1, 0},
        {"Seats 3/15/125 in the third row", 0, 0},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        int d = 0, m = 0;
        count_day_order(r.text, d, m);
        CHECK(d == r.day_first);
        CHECK(m == r.month_first);
    }
    // The order asked for reads a date whatever the language says.
    CHECK(read_dates("12/04/2020 by Kay", "en", DayOrder::day_first).published == "2020-04-12");
    CHECK(read_dates("12/04/2020 von Kay", "de", DayOrder::month_first).published == "2020-12-04");
    CHECK(read_dates("12/04/2020 by Kay", "en").published == "2020-12-04");
}

TEST_CASE("count_day_order's separator search counts as a walk over every byte does", "[dates]") {
    // The reference: every run of digits not after a digit, a dot or a slash opens a candidate date.
    auto reference = [](std::string_view text, int& day_first, int& month_first) {
        const auto digits_at = [text](std::size_t i) {
            std::size_t k = i;
            while (k < text.size() && text[k] >= '0' && text[k] <= '9')
                ++k;
            return k - i;
        };
        const auto value = [text](std::size_t i, std::size_t n) {
            int v = 0;
            for (std::size_t k = i; k < i + n; ++k)
                v = v * 10 + (text[k] - '0');
            return v;
        };
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9' ||
                (i > 0 && ((text[i - 1] >= '0' && text[i - 1] <= '9') || text[i - 1] == '.' || text[i - 1] == '/')))
                continue;
            const std::size_t n1 = digits_at(i), s1 = i + n1;
            if (n1 > 2 || s1 >= text.size() || (text[s1] != '.' && text[s1] != '/'))
                continue;
            const std::size_t n2 = digits_at(s1 + 1), s2 = s1 + 1 + n2;
            if (n2 == 0 || n2 > 2 || s2 >= text.size() || text[s2] != text[s1])
                continue;
            const std::size_t n3 = digits_at(s2 + 1);
            if (n3 != 2 && n3 != 4)
                continue;
            const int a = value(i, n1), b = value(s1 + 1, n2);
            if (a > 12 && a <= 31 && b >= 1 && b <= 12)
                ++day_first;
            else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
                ++month_first;
            i = s2 + n3;
        }
    };
    std::mt19937 rng(20261201);
    const std::string bytes = "0123456789./ -a";
    for (int n = 0; n < 20000; ++n) {
        std::string text(rng() % 24, ' ');
        for (char& c : text)
            c = bytes[rng() % bytes.size()];
        int d = 0, m = 0, rd = 0, rm = 0;
        count_day_order(text, d, m);
        reference(text, rd, rm);
        INFO(text);
        REQUIRE(d == rd);
        REQUIRE(m == rm);
    }
}

TEST_CASE("a day labelled as another event's is not the page's", "[dates]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published; // "" = none
    };
    const Row rows[] = {
        {"Release: 14.03.2024", "de", ""},
        {"Termin: 21.05.2021, 18 Uhr", "de", ""},
        {"Deadline: April 30, 2022", "en", ""},
        {"Expires: 4 May 2017      9 November 2016", "en", "2016-11-09"},
        {"Date limite : 12 octobre 2023", "fr", ""},
        {"Fecha límite: 3 de abril de 2022", "es", ""},
        {"Scadenza: 15 luglio 2021", "it", ""},
        {"Veröffentlicht: 14.03.2024", "de", "2024-03-14"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line); // (still a line of dates, not the article's text)
        CHECK(d.published.value_or("") == r.published);
    }
}

TEST_CASE("a short line without a digit is read for a relative date only when it ends like one", "[dates]") {
    struct Row {
        const char* line;
        bool read;
    };
    const Row rows[] = {
        {"Publiziert vor einer Stunde", true}, {"an hour ago", true},     {"Updated yesterday", true},
        {"il y a une heure", true},            {"hace un día", true},     {"un'ora fa", true},
        {"Weitere Artikel zum Thema", false},  {"Read the full story", false}, {"Nos dernières vidéos", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(names_relative_time(blocks[0].lower_words()) == r.read);
    }
}

TEST_CASE("a line opening with the label of a date, its last word alone or with a colon", "[dates]") {
    struct Row {
        const char* line;
        bool label;
    };
    const Row rows[] = {
        {"Updated: March 3, 2024", true},
        {"Last updated on 3 March 2024", true},
        {"Aktualisiert am 12.03.2024, 14:05", true},
        {"Aktualisiert:12.03.2024", true},
        {"Zuletzt geändert am: 6. März 2023", true},
        {"Mis à jour le 3 mars 2024 à 10h12", true},
        {"Publié le: 3 mars 2024", true},
        {"Publicado el 5 de mayo de 2023", true},
        {"Pubblicato il 12 marzo 2020", true},
        {"Posted", true},
        // A longer word, or another mark glued to the label's word, opens no label.
        {"Updates from the harbour", false},
        {"Veröffentlichungen des Hafenamts", false},
        {"Publiées en mars, les cartes", false},
        {"Updated, the ferry timetable", false},
        {"Aktualisiert-Liste der Fähren", false},
        {"Mise en page du port", false},
        {"Publicados los horarios", false},
        {"", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const std::string low = text::lower(r.line);
        CHECK(opens_with_date_label(text::split_ws(low)) == r.label);
    }
}

TEST_CASE("an ISO 8601 time glued to its day by T keeps its hour and minute", "[dates]") {
    CHECK(read_dates("2024-03-12T14:05", "en").published == "2024-03-12T14:05");
    CHECK(read_dates("Published 2024-03-12T14:05:09+01:00", "en").published == "2024-03-12T14:05");
    CHECK(read_dates("Veröffentlicht: 2024-03-12T14:05:09Z", "de").published == "2024-03-12T14:05");
    // (a "T" with no hour glued after it, or an hour past 23, is no time)
    CHECK(read_dates("2024-03-12T", "en").published == "2024-03-12");
    CHECK(read_dates("2024-03-12T27:05", "en").published == "2024-03-12");
}

TEST_CASE("a Polish date's year word and time label are read as the date's", "[dates]") {
    // "r." (roku, of the year) after the year, "godz." (hour) before the time, both data in the common lexicon
    CHECK(read_dates("12.03.2024 r., godz. 14:05", "pl").published == "2024-03-12T14:05");
    CHECK(read_dates("12 marca 2024 r. o godz. 9:30", "pl").published == "2024-03-12T09:30");
    CHECK(read_dates("Aktualizacja: 13.03.2024 r. 08:15", "pl").updated == "2024-03-13T08:15");
    CHECK(read_dates("12 marca 2024 r.", "pl").published == "2024-03-12");
    // (the Italian and French labels the list held before: unchanged)
    CHECK(read_dates("12 marzo 2024 alle 19.20", "it").published == "2024-03-12T19:20");
    CHECK(read_dates("12 mars 2024 à 9h05", "fr").published == "2024-03-12T09:05");
}

TEST_CASE("a time whose hour and minute a dot joins, its half of the day glued after it, is the date's time",
          "[dates][probe99]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* updated;
    };
    const Row rows[] = {
        {"Updated 7 Dec 2026 — 10.12am AEDT", "en", "2026-12-07T10:12"},
        {"Updated 7 Dec 2026 — 4.05pm AEST", "en", "2026-12-07T16:05"},
        {"Updated 7 Dec 2026 — 10.12 AEDT", "en", "2026-12-07T10:12"},
        {"Updated 7 December 2026, 12.40am", "en", "2026-12-07T00:40"},
        {"Mis à jour le 7 décembre 2026, 10.12pm", "fr", "2026-12-07T22:12"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.updated.value_or("") == r.updated);
    }
    // Near misses: a dotted figure without a glued half of the day or a zone is no time (a score, a price, a
    // version), nor is a minute of one digit.
    struct Miss {
        const char* line;
        const char* lang;
    };
    const Miss misses[] = {
        {"Updated 7 Dec 2026 — 10.12", "en"},
        {"Updated 7 Dec 2026 — 10.12 amid protests", "en"},
        {"Updated 7 Dec 2026 — 3.5am", "en"},
        {"Aktualisiert am 7.12.2026 — 10.12 Punkte", "de"},
    };
    for (const auto& m : misses) {
        INFO(m.line);
        const DateLine d = read_dates(m.line, m.lang);
        CHECK(d.updated.value_or("").size() == 10);
    }
}
