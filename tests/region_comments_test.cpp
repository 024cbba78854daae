// Tests of the count of comments and the region: printed in the share bar over the article it ends nothing; under the
// article's text it opens the thread, which stays out.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;
using archive::test::has_paragraph_starting;

namespace {

struct SharedPage {
    const char* lang;
    const char* head;  // the site's note over the article (no banner the lexicons know), the title, byline and date
    const char* bar;   // the share buttons and the count of comments
    const char* body;  // the article's paragraphs
    const char* first; // how its first paragraph opens
    const char* last;  // how its last paragraph opens
    const char* deck;  // a sentence summing the article up, printed under its title
};

const SharedPage pages[] = {
    {"en", R"(Harbour Weekly
Harbour Weekly has reported on the towns of the coast for a hundred years, and our small team still walks the quays every morning to bring you the news of the fleet.
Our reporting is free to read for everyone, and the support of our readers keeps it that way for the next hundred years of the paper.
Local
Ferry crews get a new rest house on the pier
By Jane Roe
May 4, 2021
)",
     "Share\nTweet\nEmail\nComments (23)\n",
     R"(The crews of the island ferries will rest between crossings in a new wooden house at the end of the long pier.
The old cabin by the ticket office had no heating, and the crews had asked for a better room for more than ten years.
The new house has a kitchen, two rooms with beds and a small office where the captains can plan the next crossing.
The harbour board paid for most of the work, and the ferry company gave the furniture and the new windows.
)",
     "The crews of the island ferries", "The harbour board paid", "The crews had asked for a warm room for years, and now they have a whole house."},
    {"de", R"(Hafenblatt
Seit hundert Jahren berichten wir aus den Städten an der Küste, und unser kleines Team geht noch immer jeden Morgen über die Kais, wenn die Boote der Fischer zurückkommen.
Wir erzählen von den Fischern, den Fähren und den Menschen am Wasser, so wie wir es seit der ersten Ausgabe getan haben.
Lokales
Die Fährleute bekommen ein neues Ruhehaus auf der Mole
Von Lena Brandt
4. Mai 2021
)",
     "Teilen\nTwittern\nE-Mail\nKommentare (4)\n",
     R"(Die Besatzungen der Inselfähren ruhen sich zwischen den Fahrten künftig in einem neuen Holzhaus am Ende der langen Mole aus.
Die alte Hütte neben dem Fahrkartenschalter hatte keine Heizung, und die Besatzungen hatten seit mehr als zehn Jahren um einen besseren Raum gebeten.
Das neue Haus hat eine Küche, zwei Zimmer mit Betten und ein kleines Büro, in dem die Kapitäne die nächste Fahrt planen können.
Der Hafenrat bezahlte den größten Teil der Arbeiten, und die Reederei schenkte die Möbel und die neuen Fenster.
)",
     "Die Besatzungen der Inselfähren", "Der Hafenrat bezahlte", "Die Besatzungen wollten seit Jahren einen warmen Raum, nun haben sie ein ganzes Haus."},
    {"fr", R"(Le Courrier du Port
Le Courrier du Port raconte depuis cent ans la vie des villes de la côte, et notre petite équipe parcourt encore les quais chaque matin pour vous donner les nouvelles de la flotte.
Nos articles sont libres de lecture pour tous, et le soutien de nos lecteurs permet qu'il en soit ainsi pour les cent prochaines années.
Région
Les équipages des ferries ont une nouvelle maison sur la jetée
Par Jeanne Morel
4 mai 2021
)",
     "Partager\nTweeter\nE-mail\n12 commentaires\n",
     R"(Les équipages des ferries des îles se reposeront entre deux traversées dans une nouvelle maison en bois au bout de la longue jetée.
L'ancienne cabane près du guichet n'avait pas de chauffage, et les équipages demandaient une meilleure pièce depuis plus de dix ans.
La nouvelle maison a une cuisine, deux chambres avec des lits et un petit bureau où les capitaines préparent la traversée suivante.
Le conseil du port a payé la plus grande partie des travaux, et la compagnie a offert les meubles et les nouvelles fenêtres.
)",
     "Les équipages des ferries des îles", "Le conseil du port a payé", "Les équipages voulaient une pièce chaude depuis des années, ils ont maintenant une maison."},
    {"es", R"(El Diario del Puerto
El Diario del Puerto cuenta desde hace cien años la vida de las ciudades de la costa, y nuestro pequeño equipo todavía recorre los muelles cada mañana para traerle las noticias de la flota.
Nuestras noticias son libres para todos, y el apoyo de nuestros lectores permite que siga siendo así durante los próximos cien años.
Local
Las tripulaciones de los ferris estrenan una casa de descanso en el muelle
Por Ana Ruiz
4 de mayo de 2021
)",
     "Compartir\nTuitear\nCorreo\nComentarios 8\n",
     R"(Las tripulaciones de los ferris de las islas descansarán entre travesías en una nueva casa de madera al final del largo muelle.
La vieja cabaña junto a la taquilla no tenía calefacción, y las tripulaciones pedían una sala mejor desde hacía más de diez años.
La nueva casa tiene una cocina, dos habitaciones con camas y una pequeña oficina donde los capitanes preparan la siguiente travesía.
La junta del puerto pagó la mayor parte de las obras, y la naviera regaló los muebles y las ventanas nuevas.
)",
     "Las tripulaciones de los ferris", "La junta del puerto pagó", "Las tripulaciones querían una sala caliente desde hace años, y ahora tienen una casa."},
    {"it", R"(Il Giornale del Porto
Il Giornale del Porto racconta da cento anni la vita delle città della costa, e la nostra piccola squadra percorre ancora le banchine ogni mattina per portarvi le notizie della flotta.
I nostri articoli sono liberi per tutti, e il sostegno dei nostri lettori permette che resti così per i prossimi cento anni.
Cronaca
Gli equipaggi dei traghetti hanno una nuova casa sul molo
Di Giulia Conti
4 maggio 2021
)",
     "Condividi\nTwitta\nEmail\n6 commenti\n",
     R"(Gli equipaggi dei traghetti delle isole riposeranno tra una traversata e l'altra in una nuova casa di legno in fondo al lungo molo.
La vecchia baracca accanto alla biglietteria non aveva riscaldamento, e gli equipaggi chiedevano una stanza migliore da più di dieci anni.
La nuova casa ha una cucina, due camere con i letti e un piccolo ufficio dove i capitani preparano la traversata seguente.
Il consiglio del porto ha pagato gran parte dei lavori, e la compagnia ha regalato i mobili e le finestre nuove.
)",
     "Gli equipaggi dei traghetti", "Il consiglio del porto ha pagato", "Gli equipaggi volevano una stanza calda da anni, e ora hanno una casa intera."},
};

} // namespace

TEST_CASE("the count of comments in the share bar over the article ends nothing", "[region][terminator][comments]") {
    for (const auto& pg : pages) {
        INFO(pg.lang);
        Article a = classify(segment(std::string(pg.head) + pg.bar + pg.body), pg.lang);
        CHECK(has_paragraph_starting(a, pg.first));
        CHECK(has_paragraph_starting(a, pg.last));
        // With a sentence summing the article up between its title and the byline.
        std::string head = pg.head;
        std::size_t title_end = 0;
        for (int line = 0; line < 5; ++line)
            title_end = head.find('\n', title_end) + 1;
        head.insert(title_end, std::string(pg.deck) + "\n");
        Article decked = classify(segment(head + pg.bar + pg.body), pg.lang);
        CHECK(has_paragraph_starting(decked, pg.first));
        CHECK(has_paragraph_starting(decked, pg.last));
    }
}

TEST_CASE("a count of comments under the article's text opens the thread, its comments out", "[region][terminator][comments]") {
    // The same count under the article and its share buttons, three paragraphs of a reader's comment under it: the
    // article keeps its last paragraph and the comment stays out.
    const struct {
        const char* lang;
        const char* comment; // how the comment opens
        const char* thread;
    } rows[] = {
        {"en", "I have crossed on these ferries",
         R"(I have crossed on these ferries every week for twenty years and the crews always deserved a warmer place to wait.
Still, the board should have asked the crews before they chose the end of the pier, where the wind is strongest in winter.
Let us hope the next project is a shelter for the passengers, who wait in the rain for the late boats every evening.
)"},
        {"de", "Ich fahre seit zwanzig Jahren",
         R"(Ich fahre seit zwanzig Jahren jede Woche mit diesen Fähren, und die Besatzungen hätten schon lange einen warmen Raum verdient.
Trotzdem hätte der Hafenrat die Besatzungen fragen sollen, bevor er das Ende der Mole wählte, wo der Wind im Winter am stärksten ist.
Hoffentlich wird das nächste Projekt ein Unterstand für die Fahrgäste, die jeden Abend im Regen auf die späten Boote warten.
)"},
        {"fr", "Je prends ces ferries",
         R"(Je prends ces ferries chaque semaine depuis vingt ans et les équipages méritaient depuis longtemps un endroit chaud pour attendre.
Le conseil aurait quand même dû demander l'avis des équipages avant de choisir le bout de la jetée, où le vent souffle le plus fort en hiver.
Espérons que le prochain projet sera un abri pour les passagers, qui attendent sous la pluie les derniers bateaux chaque soir.
)"},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        for (const auto& pg : pages) {
            if (std::string(pg.lang) != r.lang)
                continue;
            Article a = classify(segment(std::string(pg.head) + pg.body + pg.bar + r.thread), pg.lang);
            CHECK(has_paragraph_starting(a, pg.last));
            CHECK_FALSE(has_paragraph_starting(a, r.comment));
        }
    }
}
