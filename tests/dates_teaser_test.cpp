// The day of the article read from its own teaser in the site's list of latest news: invented pages, classified whole.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* published; // "" = none
};

void check_pages(std::initializer_list<Row> rows) {
    for (const auto& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::parse(r.page, "page.txt");
        CHECK(a.published.value_or("") == r.published);
    }
}

} // namespace

TEST_CASE("a page printing no date takes its own teaser's in the list of the site's news", "[classify][dates]") {
    check_pages({
        {"Startseite\nNeue Fähre am Hafen eröffnet\nDie neue Fähre zwischen den beiden Inseln hat am Montag ihren "
         "Betrieb aufgenommen, und die ersten Boote waren voll mit Pendlern.\nDer Bürgermeister sagte, dass die Fähre "
         "von nun an jede Stunde fahren werde, auch am Wochenende und an Feiertagen.\nDie Ladenbesitzer im Ort "
         "erwarten im Sommer mehr Besucher, wenn die Boote bis Mitternacht fahren.\nAktuelle Meldungen\nNeue Fähre "
         "am Hafen eröffnet03.05.2021 - 10:24\nHafenfest wegen Sturm abgesagt28.04.2021 - 09:12\nNeuer Kran für den "
         "Containerhafen21.04.2021 - 14:40\n",
         "2021-05-03T10:24"},
        {"Home\nNew ferry opens at the harbour\nThe new ferry between the two islands started on Monday, and the "
         "first boats were full of commuters who had waited for years.\nThe mayor said the ferry would run every "
         "hour from now on, at weekends and on holidays too.\nShop owners expect more visitors in the summer, when "
         "the boats will run until midnight.\nLatest news\nNew ferry opens at the harbour May 3, 2021\nHarbour "
         "festival called off April 28, 2021\nA new crane for the container port April 21, 2021\n",
         "2021-05-03"},
        {"Accueil\nUn nouveau ferry relie les deux îles\nLe nouveau ferry entre les deux îles a commencé son service "
         "lundi, et les premiers bateaux étaient remplis de travailleurs.\nLe maire a déclaré que le ferry "
         "circulerait désormais toutes les heures, le week-end et les jours fériés aussi.\nLes commerçants attendent "
         "davantage de visiteurs cet été, quand les bateaux circuleront jusqu'à minuit.\nDernières nouvelles\nUn "
         "nouveau ferry relie les deux îles – 3 mai 2021\nLa fête du port est annulée – 28 avril 2021\n",
         "2021-05-03"},
    });
}

TEST_CASE("the own teaser's day gives way to any other date, and needs a title of a few words",
          "[classify][dates]") {
    check_pages({
        // A date line under the headline stays the article's.
        {"Home\nNew ferry opens at the harbour\nMay 4, 2021\nThe new ferry between the two islands started on "
         "Monday, and the first boats were full of commuters who had waited for years.\nThe mayor said the ferry "
         "would run every hour from now on, at weekends and on holidays too.\nShop owners expect more visitors in "
         "the summer, when the boats will run until midnight.\nLatest news\nNew ferry opens at the harbour May 3, "
         "2021\nHarbour festival called off April 28, 2021\n",
         "2021-05-04"},
        // Another teaser opening with the title's words and more is another article's.
        {"Home\nNew ferry opens at the harbour\nThe new ferry between the two islands started on Monday, and the "
         "first boats were full of commuters who had waited for years.\nThe mayor said the ferry would run every "
         "hour from now on, at weekends and on holidays too.\nShop owners expect more visitors in the summer, when "
         "the boats will run until midnight.\nLatest news\nNew ferry opens at the harbour of Lindau, tickets sold "
         "out May 3, 2021\n",
         ""},
    });
}
