// The notice a comment thread prints under each comment in place of its reply button for a reader not logged in ("Log
// in to reply", "Melden Sie sich an, um zu antworten", "Connectez-vous pour répondre"): right under the region, it
// tells that the region's last lines are the first comment, which leaves it with its reader's name and date line
// (src/region_edges.cpp login_reply_notice(), trim_first_comment(); lexicon section reply_login_words). A forum's
// thread printing the notice under each of its posts keeps its last post. Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct CommentedPost {
    const char* lang;
    std::vector<std::string> lines;
};

// A post, then its comments each under the reader's name and date line, each followed by the log-in notice; no count
// of comments or label over them.
const CommentedPost commented_posts[] = {
    {"en",
     {
      "Site",
      "Home",
      "Archive",
      "Why the old lighthouse lamp had to go",
      "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.",
      "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.",
      "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.",
      "Tom Hale",
      "03.03.2026 09:12",
      "Sad to see it go, but the new one really is brighter from the bay.",
      "Sign in to reply",
      "Mia Stone",
      "04.03.2026 18:40",
      "Will the museum be open in winter too?",
      "Sign in to reply",
      "Privacy",
     }},
    {"de",
     {
      "Site",
      "Home",
      "Archive",
      "Warum die alte Leuchtturmlampe gehen musste",
      "Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischereiflotte abgebaut.",
      "Ingenieure setzten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.",
      "Das Wärterhaus wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raumes.",
      "Tom Hale",
      "03.03.2026 09:12",
      "Schade, aber die neue ist von der Bucht aus wirklich heller.",
      "Melden Sie sich an, um zu antworten",
      "Mia Stone",
      "04.03.2026 18:40",
      "Ist das Museum auch im Winter geöffnet?",
      "Melden Sie sich an, um zu antworten",
      "Privacy",
     }},
    {"fr",
     {
      "Site",
      "Home",
      "Archive",
      "Pourquoi la vieille lampe du phare devait partir",
      "La vieille lampe du cap nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche.",
      "Les ingénieurs ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.",
      "La maison des gardiens deviendra un petit musée de la côte, avec la vieille lampe au centre de son unique pièce.",
      "Tom Hale",
      "03.03.2026 09:12",
      "Dommage, mais la nouvelle est vraiment plus lumineuse depuis la baie.",
      "Connectez-vous pour répondre",
      "Mia Stone",
      "04.03.2026 18:40",
      "Le musée sera-t-il ouvert en hiver aussi ?",
      "Connectez-vous pour répondre",
      "Privacy",
     }},
    {"es",
     {
      "Site",
      "Home",
      "Archive",
      "Por qué tuvo que irse la vieja lámpara del faro",
      "La vieja lámpara del cabo norte fue desmontada el lunes tras noventa años al servicio de la flota pesquera.",
      "Los ingenieros instalaron una lámpara que consume diez veces menos y se ve el doble de lejos en el mar.",
      "La casa de los fareros será un pequeño museo de la costa, con la vieja lámpara en el centro de su única sala.",
      "Tom Hale",
      "03.03.2026 09:12",
      "Una pena, pero la nueva se ve mucho más desde la bahía.",
      "Inicia sesión para responder",
      "Mia Stone",
      "04.03.2026 18:40",
      "¿El museo abrirá también en invierno?",
      "Inicia sesión para responder",
      "Privacy",
     }},
    {"it",
     {
      "Site",
      "Home",
      "Archive",
      "Perché la vecchia lampada del faro doveva andare",
      "La vecchia lampada del capo nord è stata smontata lunedì dopo novant'anni al servizio della flotta peschereccia.",
      "Gli ingegneri hanno installato una lampada che consuma dieci volte meno e si vede due volte più lontano in mare.",
      "La casa dei guardiani diventerà un piccolo museo della costa, con la vecchia lampada al centro della sua unica stanza.",
      "Tom Hale",
      "03.03.2026 09:12",
      "Peccato, ma la nuova si vede davvero meglio dalla baia.",
      "Accedi per rispondere",
      "Mia Stone",
      "04.03.2026 18:40",
      "Il museo sarà aperto anche d'inverno?",
      "Accedi per rispondere",
      "Privacy",
     }},
};

const std::vector<std::string> forum_thread = {
    "Harbour Makers Forum",
    "Forums",
    "Members",
    "Log in",
    "Home › Forums › Boats › Engines",
    "Outboard stalls when warm – any ideas?",
    "saltyprop",
    "Mar 3, 2026",
    "My old two-stroke outboard starts fine in the morning but stalls after about twenty minutes on the water. The plug looks clean and the fuel is fresh. Could the carburettor be the problem, or is it something electrical?",
    "Log in to reply",
    "bilgepump_ben",
    "Mar 3, 2026",
    "That sounds like a failing ignition coil to me. Coils often break down once they get warm and then recover when they cool off again.",
    "Log in to reply",
    "saltyprop",
    "Mar 4, 2026",
    "Thanks, I borrowed a spark tester and the spark is indeed much weaker once the engine is warm. I ordered a new coil.",
    "Log in to reply",
    "Similar threads",
    "Two-stroke oil ratio for old engines",
    "Contact us",
    "Terms and rules",
};

} // namespace

TEST_CASE("the first comment over a log-in notice leaves the post's region", "[region][region51]") {
    for (const auto& c : commented_posts) {
        INFO(c.lang);
        const Article a = classify(segment(test::page_of(c.lines)), c.lang);
        // The post's last paragraph stays, the first comment (the line under the reader's date line) goes, and so
        // does the reader's name: no author.
        CHECK(test::has_paragraph_starting(a, c.lines[6]));
        CHECK_FALSE(test::in_text(a, c.lines[9]));
        CHECK(test::in_boilerplate(a, c.lines[9]));
        CHECK(a.authors.empty());
    }
}

TEST_CASE("a forum's thread printing the log-in notice under each post keeps its last post", "[region][region51]") {
    const Article a = classify(segment(test::page_of(forum_thread)), "en");
    CHECK(test::has_paragraph_starting(a, "My old two-stroke outboard"));
    CHECK(test::has_paragraph_starting(a, "Thanks, I borrowed a spark tester"));
    CHECK(test::in_boilerplate(a, "Log in to reply"));
}
