// "Friday 6 March 2026 / Good morning. Here is what you need to know today. / By Alex Roe": a newsletter's greeting
// of two full sentences next to the date line is no title, though a title of one sentence closed by a stop next to
// a date line is ("Nebelsuppe."). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a greeting of two sentences next to the date line is no headline", "[classify][headline][head43]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* greeting;
    };
    const Row rows[] = {
        {"en",
         "The Harbour Times\nNewsletters\nMorning Brief\nFriday 6 March 2026\n"
         "Good morning. Here is what you need to know today.\nBy Alex Roe\nTop stories\n"
         "Council approves the new ferry timetable for the summer\n"
         "The first boats leave the quay at six from next month. Read more\n"
         "Storm closes the coastal road for a second day\n"
         "Repairs to the sea wall are expected to take a week. Read more\n"
         "Forward this email to a friend\nUnsubscribe | Manage your newsletters\n",
         "Good morning. Here is what you need to know today."},
        {"de",
         "Hafenkurier\nNewsletter\nMorgenpost\nFreitag, 6. März 2026\n"
         "Guten Morgen. Das müssen Sie heute wissen.\nVon Alex Rohde\nTop-Themen\n"
         "Stadtrat beschließt den neuen Fährfahrplan für den Sommer\n"
         "Die ersten Schiffe legen ab nächstem Monat um sechs Uhr ab. Weiterlesen\n"
         "Sturm sperrt die Küstenstraße den zweiten Tag\n"
         "Die Reparatur der Ufermauer dauert voraussichtlich eine Woche. Weiterlesen\n"
         "Newsletter weiterempfehlen\nAbmelden | Newsletter verwalten\n",
         "Guten Morgen. Das müssen Sie heute wissen."},
        {"fr",
         "Le Courrier du Port\nNewsletters\nLe Matin\nVendredi 6 mars 2026\n"
         "Bonjour. Voici ce qu'il faut savoir aujourd'hui.\nPar Alex Rouet\nÀ la une\n"
         "Le conseil adopte les nouveaux horaires du bac pour l'été\n"
         "Les premiers bateaux partiront du quai à six heures dès le mois prochain. Lire la suite\n"
         "La tempête ferme la route côtière pour le deuxième jour\n"
         "La réparation de la digue devrait durer une semaine. Lire la suite\n"
         "Transférer cet e-mail à un ami\nSe désabonner | Gérer vos newsletters\n",
         "Bonjour. Voici ce qu'il faut savoir aujourd'hui."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") != r.greeting);
    }
}

TEST_CASE("a title of one sentence closed by a stop next to the date line stays the headline",
          "[classify][headline][head43]") {
    const Article de = parse("Mein Gartenblog\n\nNebelsuppe.\nVeröffentlicht am 24. Januar 2026\n\n"
                             "Heute morgen lag die Nebelsuppe so dicht über dem Tal, dass ich den Apfelbaum vor dem Fenster kaum sehen "
                             "konnte.\n\nErst gegen Mittag kam die Sonne durch, und die Meisen waren zurück am "
                             "Futterhaus.\n");
    CHECK(de.headline.value_or("") == "Nebelsuppe.");
    const Article en = parse("My garden diary\n\nFog again.\nPublished on 24 January 2026\n\nThis morning the fog lay "
                             "so thick over the valley that I could hardly see the apple tree by the window.\n\nOnly "
                             "at noon did the sun break through, and the tits were back at the feeder.\n");
    CHECK(en.headline.value_or("") == "Fog again.");
}
