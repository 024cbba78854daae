// The page's own paper as a speaker (its masthead's or its copyright's name, a figure opening it: "écrit 24 heures",
// "laut 20 Minuten"), a publication holding no person's role; German's framed view before a quote ("Für den
// Bürgermeister ist klar: „Q“") and the frame's gate for reported speech.
#include <catch2/catch.hpp>

#include "own_names.hpp"
#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// A paragraph's quote on a page of the given own names (as own_name_key() writes them), its speaker and mention ("":
// none; nullptr: the mention not checked) and its cue (nullptr: not checked).
struct OwnRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    std::vector<std::string> own_names;
    const char* text;
    const char* speaker;
    const char* mention = nullptr;
    const char* cue = nullptr;
};

void check_own_rows(const std::vector<OwnRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(page(r.lang, "", r.paragraphs), r.own_names);
        const Quote* q = quote_of(qs, r.text);
        REQUIRE(q != nullptr);
        CHECK(q->speaker.value_or("") == r.speaker);
        if (r.mention != nullptr)
            CHECK(q->mention.value_or("") == r.mention);
        if (r.cue != nullptr)
            CHECK(q->cue.value_or("") == r.cue);
    }
}

// The lines of a whole page: a masthead, menus, a headline, a byline, `body`, a footer and its copyright line.
std::string whole_page(const std::string& masthead, const std::vector<std::string>& menu, const std::string& headline,
                       const std::string& byline, const std::vector<std::string>& body, const std::string& footer,
                       const std::string& copyright) {
    std::vector<std::string> lines{masthead};
    lines.insert(lines.end(), menu.begin(), menu.end());
    lines.insert(lines.end(), {"", headline, "", byline, ""});
    for (const auto& b : body) {
        lines.push_back(b);
        lines.emplace_back();
    }
    lines.push_back(footer);
    if (!copyright.empty())
        lines.push_back(copyright);
    return test::page_of(lines);
}

} // namespace

// "« Q », écrit 24 heures.", "„Q“, schreibt 20 Minuten.", "Laut 20 Minuten ist ...", "Pour 24 heures, « Q »": a
// mention spelling one of the page's own names names the paper itself (quote_publications.cpp), though its name opens
// with a figure.
TEST_CASE("a mention spelling the page's own name names the paper", "[quotes][quotes125]") {
    check_own_rows({
        {"fr", {"« Nous perdons un tiers de nos clients », écrit 24 heures dans son courrier des lecteurs."},
         {"24heures"}, "Nous perdons un tiers de nos clients", "24 heures", "24 heures", "écrit"},
        {"fr", {"Pour 24 heures, « la Ville aurait dû prévenir les riverains bien plus tôt »."},
         {"24heures"}, "la Ville aurait dû prévenir les riverains bien plus tôt", "24 heures", "24 heures", "Pour"},
        {"de", {"„Die Umleitung durch das Quartier ist eine Zumutung“, schreibt 20 Minuten in einem Kommentar."},
         {"20minuten"}, "Die Umleitung durch das Quartier ist eine Zumutung", "20 Minuten", "20 Minuten", "schreibt"},
        {"de", {"Laut 20 Minuten ist die Sperrung der Brücke seit Wochen beschlossen."},
         {"20minuten"}, "ist die Sperrung der Brücke seit Wochen beschlossen", "20 Minuten", "20 Minuten", "Laut"},
        {"de", {"„Die Stadt hat zu spät informiert“, schreibt die NZZ am Samstag."},
         {"nzz"}, "Die Stadt hat zu spät informiert", "NZZ", "die NZZ", "schreibt"},
        {"en", {"“The council should have warned residents months ago,” 7 Days wrote in an editorial."},
         {"7days"}, "The council should have warned residents months ago", "7 Days", "7 Days", "wrote"},
    });
    // (near misses: the same lines on a page of another name, or of none: no speaker, as before)
    check_own_rows({
        {"fr", {"« Nous perdons un tiers de nos clients », écrit 24 heures dans son courrier des lecteurs."},
         {"letemps"}, "Nous perdons un tiers de nos clients", "", "24 heures", "écrit"},
        {"de", {"„Die Umleitung durch das Quartier ist eine Zumutung“, schreibt 20 Minuten in einem Kommentar."},
         {}, "Die Umleitung durch das Quartier ist eine Zumutung", "", "20 Minuten", "schreibt"},
    });
}

// "Pour 24 heures, la route reste fermée.": a duration as much as the paper's view; the view without quote marks
// asks a mention naming someone (unmarked_opinion_lead), which the paper's own name is not: no quote. Nor is "Pour 24
// heures de travail, « Q »" the paper's view (its name runs on).
TEST_CASE("the page's own name read as a duration makes no view", "[quotes][quotes125]") {
    const auto none = extract_quotes(
        page("fr", "", {"Pour 24 heures, la route reste fermée jusqu'en juillet, le temps de poser les rails."}),
        {"24heures"});
    CHECK(none.empty());
    const auto qs = extract_quotes(
        page("fr", "", {"Pour 24 heures de travail, « le salaire reste bien trop bas », selon le syndicat."}),
        {"24heures"});
    const Quote* q = quote_of(qs, "le salaire reste bien trop bas");
    REQUIRE(q != nullptr);
    CHECK(q->speaker.value_or("") != "24 heures");
}

// A whole page: the masthead and the copyright line name the paper; a page with neither leaves it unnamed.
TEST_CASE("the masthead and the copyright of a whole page name its paper", "[quotes][quotes125]") {
    const std::vector<std::string> body{
        "Die Hardbrücke wird ab Februar für ein ganzes Jahr gesperrt. Bei einer Prüfung im Herbst fanden Ingenieure "
        "Risse in mehreren Trägern.",
        "„Die Umleitung durch das Quartier ist eine Zumutung“, schreibt 20 Minuten in einem Kommentar zur Sperrung.",
        "Der Gemeinderat soll im Januar über den Kredit für die Sanierung abstimmen, die rund zwölf Millionen kostet.",
    };
    const std::string text = "Die Umleitung durch das Quartier ist eine Zumutung";
    {
        const Article a = parse(whole_page("20 Minuten", {"News", "Schweiz", "Zürich", "Sport"},
                                           "Die Hardbrücke wird ein Jahr lang gesperrt", "Von Lea Brunner",
                                           body, "Impressum · Datenschutz · Kontakt", "© 2026 20 Minuten"));
        const Quote* q = quote_of(a.quotes, text);
        REQUIRE(q != nullptr);
        CHECK(q->speaker.value_or("") == "20 Minuten");
    }
    {
        const Article a = parse(whole_page("Startseite", {"Politik", "Wirtschaft", "Sport"},
                                           "Die Hardbrücke wird ein Jahr lang gesperrt", "Von Lea Brunner",
                                           body, "Impressum · Datenschutz · Kontakt", ""));
        const Quote* q = quote_of(a.quotes, text);
        REQUIRE(q != nullptr);
        CHECK(q->speaker.value_or("") == "");
    }
}

// "Pour le maire, « Q »" after "« Q », écrit 24 heures.": the paper is a publication, which holds no person's role:
// the mayor named earlier, else no one.
TEST_CASE("the page's own paper holds no person's role", "[quotes][quotes125]") {
    check_own_rows({
        {"fr",
         {"« Les nageurs devront s'entraîner à Montreux », écrit 24 heures.",
          "Pour le maire, « le chantier reprendra dès que possible »."},
         {"24heures"}, "le chantier reprendra dès que possible", "", "le maire"},
        {"de",
         {"„Die Schwimmer müssen bis September in Frauenfeld trainieren“, schreibt 20 Minuten.",
          "„Die Bauarbeiten gehen so bald wie möglich weiter“, sagte der Bürgermeister am Montag."},
         {"20minuten"}, "Die Bauarbeiten gehen so bald wie möglich weiter", "", "der Bürgermeister"},
        {"en",
         {"“Swimmers will have to train in Dunmore until September,” the Harbour Post wrote.",
          "“Work will resume as soon as possible,” the mayor said on Monday."},
         {"harbourpost"}, "Work will resume as soon as possible", "", "the mayor"},
    });
    // (near misses: the mayor named before the paper holds the role)
    check_own_rows({
        {"fr",
         {"Le maire Olivier Martin a reconnu mardi un défaut de communication.",
          "« Les nageurs devront s'entraîner à Montreux », écrit 24 heures.",
          "Pour le maire, « le chantier reprendra dès que possible »."},
         {"24heures"}, "le chantier reprendra dès que possible", "Olivier Martin", "le maire"},
        {"de",
         {"Bürgermeister Paul Huber hat am Dienstag einen Fehler eingeräumt.",
          "„Die Schwimmer müssen bis September in Frauenfeld trainieren“, schreibt 20 Minuten.",
          "„Die Bauarbeiten gehen so bald wie möglich weiter“, sagte der Bürgermeister am Montag."},
         {"20minuten"}, "Die Bauarbeiten gehen so bald wie möglich weiter", "Paul Huber", "der Bürgermeister"},
    });
}

// "Für den Bürgermeister ist klar: „Q“": the frame of a view (opinion_frame) before a quote right after its colon,
// or its comma and "dass", is the quote's cue and mention (framed_lead): the mayor named earlier, else no one.
TEST_CASE("a framed view before a quote gives its cue and mention", "[quotes][quotes125]") {
    check_quotes({
        {"de",
         {"Bürgermeister Paul Huber sagte am Dienstag, die Stadt habe keine andere Wahl.",
          "Für den Bürgermeister ist klar: „Wir bauen die Brücke.“ Der Gemeinderat stimmt im Januar ab."},
         "Wir bauen die Brücke.", "Paul Huber", "den Bürgermeister"},
        {"de",
         {"Die Brücke über die Sitter ist seit Jahren marode.",
          "Für den Bürgermeister ist klar: „Wir bauen die Brücke.“ Der Gemeinderat stimmt im Januar ab."},
         "Wir bauen die Brücke.", "", "den Bürgermeister"},
        {"de",
         {"Für die Stadträtin Eva Lind steht fest, dass „die Brücke bleiben muss“, auch wenn sie teurer wird."},
         "die Brücke bleiben muss", "Eva Lind", "die Stadträtin Eva Lind"},
        // (French's lead before a quote, "Pour la ministre, « Q »", read so already)
        {"fr",
         {"La ministre Anne Roux a visité le chantier mardi.", "Pour la ministre, « il faut agir vite »."},
         "il faut agir vite", "Anne Roux", "la ministre"},
    });
    // (near misses: no phrase of a frame after the mention, or words between the colon and the quote)
    for (const char* paragraph : {"Für den Bürgermeister ist das Projekt „ein teurer Fehler“.",
                                  "Für den Bürgermeister ist klar: Die Stadt nennt das Projekt „ein Vorbild“."}) {
        INFO(paragraph);
        for (const Quote& q : extract_quotes(page("de", "", {paragraph})))
            CHECK(q.cue.value_or("") != "Für");
    }
}

// "Für die nächsten Jahre sind ...": a sentence merely opening with "Für" frames no view; the paragraph is read for
// reported speech only where a phrase of [opinion_frame_phrases] closes the mention after it.
TEST_CASE("a sentence merely opening with Für opens no reading of reported speech", "[quotes][quotes125]") {
    const std::string heading_page_para =
        "Bei den Fluglinien habe sich die Nachfrage „stark erholt“. Für die nächsten zehn Jahre sind leichtere Kabinen "
        "im Trend, danach neue Antriebe. Qualität gehe vor - die Teile müssten in Ried gefertigt werden.";
    auto reported = [](const std::vector<Quote>& qs) {
        return quote_of(qs, "Qualität gehe vor - die Teile müssten in Ried gefertigt werden") != nullptr;
    };
    Article a = page("de", "", {"„Wir haben so viele Aufträge wie noch nie“, sagte Konzernchef Martin Egger."});
    a.sections.push_back(Section{std::string("Nachfrage nach leichten Kabinen"), {heading_page_para}});
    CHECK_FALSE(reported(extract_quotes(a)));
    // (the frame itself still opens it: "Für den Konzernchef ist klar: ..." is read, and so is the sentence after it)
    const auto framed = extract_quotes(page("de", "", {"Für den Konzernchef ist klar: Die Branche ist auf Jahre "
                                                       "ausgebucht. Qualität gehe vor."}));
    const Quote* q = quote_of(framed, "Die Branche ist auf Jahre ausgebucht");
    REQUIRE(q != nullptr);
    CHECK(q->cue.value_or("") == "Für");
}
