// A live page's dates (probe41 D1): "Aggiornato alle 18:20" / "24 Novembre 2026" / "18:20" / <the first entry's
// title> / ...:
// - the update's time with no day over the date line takes the day printed under it (no warning left);
// - the time stamp under the date line that opens a live blog's first entry (one of a run of stamps over entry titles)
//   is the entry's, not the date line's time.
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

namespace {

Article live_page(const char* lang, const std::string& head, const std::vector<std::string>& entries) {
    std::string page = "Harbour Notes\nHome | Port | Sport\n\n" + head + "\n";
    for (const std::string& e : entries)
        page += e + "\n";
    return classify(segment(page + "\nShare\n"), lang);
}

bool unresolved_warning(const Article& a) {
    return std::any_of(a.warnings.begin(), a.warnings.end(),
                       [](const std::string& w) { return w.starts_with("relative date left unresolved"); });
}

} // namespace

TEST_CASE("a live page's update time over its date line, and its first entry's stamp", "[classify][dates][head37]") {
    const Article it = live_page(
        "it",
        "Vertice dei porti a Genova, la giornata in diretta\n"
        "Sul tavolo i fondi per le banchine e i nuovi traghetti. Attesa per la conferenza finale del ministro\n"
        "Aggiornato alle 18:20\n24 Novembre 2026",
        {"18:20", "La conferenza finale",
         "«Abbiamo trovato un accordo sui fondi per tutto il 2027», ha annunciato il ministro ai giornalisti.",
         "17:05", "Il sindaco: «Genova farà la sua parte»",
         "Il sindaco ha parlato con i giornalisti all'arrivo nella sala del porto vecchio.", "16:10",
         "L'arrivo delle delegazioni", "Le delegazioni dei porti sono arrivate in mattinata alla stazione marittima."});
    CHECK(it.headline == std::optional<std::string>("Vertice dei porti a Genova, la giornata in diretta"));
    CHECK(it.published == std::optional<std::string>("2026-11-24"));
    CHECK(it.updated == std::optional<std::string>("2026-11-24T18:20"));
    CHECK_FALSE(unresolved_warning(it));
    const Article de = live_page(
        "de",
        "Hafengipfel in Hamburg: Der Tag im Liveticker\n"
        "Auf dem Tisch liegen die Gelder für die Kais und neue Fähren. Am Abend spricht die Ministerin vor der Presse\n"
        "Aktualisiert um 18:20 Uhr\n24. November 2026",
        {"18:20 Uhr", "Die Pressekonferenz zum Abschluss",
         "„Wir haben uns auf die Gelder für das ganze Jahr 2027 geeinigt“, sagte die Ministerin am Abend.",
         "17:05 Uhr", "Der Bürgermeister spricht vor dem Rathaus",
         "Der Bürgermeister sprach bei seiner Ankunft am alten Hafen mit den Journalisten.", "16:10 Uhr",
         "Die Delegationen kommen an", "Die Delegationen der Häfen sind am Vormittag am Terminal angekommen."});
    CHECK(de.published == std::optional<std::string>("2026-11-24"));
    CHECK(de.updated == std::optional<std::string>("2026-11-24T18:20"));
    CHECK_FALSE(unresolved_warning(de));
}

TEST_CASE("a time alone under the date line with no live entries under it is the date line's", "[classify][dates][head37]") {
    // "03 dicembre 2026" / "14:52" over the text: the day's time, as before.
    const Article it = test::page_under_title(
        "it", "I traghetti del mattino partono in ritardo", "3 dicembre 2026\n14:52",
        "I traghetti sono partiti in ritardo questa mattina, perché il vento soffiava forte sulla baia del porto.");
    CHECK(it.published == std::optional<std::string>("2026-12-03T14:52"));
    // "Aggiornato alle 18:20" alone, no day anywhere: still left unresolved.
    const Article alone = test::page_under_title(
        "it", "I traghetti del mattino partono in ritardo", "Aggiornato alle 18:20",
        "I traghetti sono partiti in ritardo questa mattina, perché il vento soffiava forte sulla baia del porto.");
    CHECK_FALSE(alone.updated);
    CHECK(unresolved_warning(alone));
}
