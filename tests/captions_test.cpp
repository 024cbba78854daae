// Captions told by what only a caption prints: where a person stands in the picture.
#include <catch2/catch.hpp>

#include "body_checks.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::in_body;

namespace {

bool captioned(const Article& a, const std::string& start) {
    return std::any_of(a.media.begin(), a.media.end(),
                       [&](const Media& m) { return m.caption && m.caption->starts_with(start); });
}

// A paragraph of the text: in the body, and no picture's caption.
void check_paragraph(const Article& a, const std::string& line) {
    CHECK(in_body(a, line));
    CHECK_FALSE(captioned(a, line));
}

} // namespace

TEST_CASE("a line telling where a person stands in the picture is a caption, not a paragraph", "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* page;    // a title, two paragraphs, the caption, two paragraphs
        const char* caption; // the caption's start
    };
    const Row rows[] = {
        {"en", R"(Harbour Weekly
New ferry line opens between Wendle and Norby
The first ferry of the new line left Wendle on Monday morning with more than two hundred passengers on board.
The council had planned the line for six years, and the harbour had to deepen two berths for the larger boats.
Harbour master Tom Fisher (right) welcomes the first passengers on the quay of Wendle with the mayor of Norby.
The boats will run every hour in summer and every two hours in winter, the operator said on Monday.
Tickets can be bought on board or at the kiosk next to the fish market, where a new waiting room was built.
)",
         "Harbour master Tom Fisher (right) welcomes"},
        {"de", R"(Hafenblatt
Neue Fährlinie zwischen Wendel und Norby eröffnet
Die erste Fähre der neuen Linie hat Wendel am Montagmorgen mit mehr als zweihundert Fahrgästen verlassen.
Der Gemeinderat hatte die Linie sechs Jahre lang geplant, und der Hafen musste zwei Liegeplätze vertiefen.
Hafenmeisterin Lena Brandt (links) begrüßt mit dem Bürgermeister von Norby die ersten Fahrgäste am Kai.
Die Schiffe fahren im Sommer stündlich und im Winter alle zwei Stunden, teilte die Betreiberin am Montag mit.
Fahrkarten gibt es an Bord oder am Kiosk neben der Fischhalle, wo ein neuer Warteraum gebaut wurde.
)",
         "Hafenmeisterin Lena Brandt (links) begrüßt"},
        {"fr", R"(Le Courrier du Port
Une nouvelle ligne de ferry entre Lorval et Norby
Le premier ferry de la nouvelle ligne a quitté Lorval lundi matin avec plus de deux cents passagers à bord.
Le conseil avait prévu la ligne depuis six ans, et le port a dû creuser deux pontons pour les grands bateaux.
La capitaine du port Jeanne Morel (à gauche) accueille les premiers passagers sur le quai avec le maire de Norby.
Les bateaux partiront toutes les heures en été et toutes les deux heures en hiver, a indiqué l'exploitant lundi.
Les billets sont vendus à bord ou au kiosque près de la halle aux poissons, où une salle d'attente a été construite.
)",
         "La capitaine du port Jeanne Morel (à gauche)"},
        {"es", R"(El Diario del Puerto
Abre una nueva línea de ferri entre Valdora y Norby
El primer ferri de la nueva línea salió de Valdora el lunes por la mañana con más de doscientos pasajeros a bordo.
El ayuntamiento había planeado la línea durante seis años, y el puerto tuvo que dragar dos amarres.
La capitana del puerto Ana Vidal (izquierda) recibe a los primeros pasajeros en el muelle con el alcalde de Norby.
Los barcos saldrán cada hora en verano y cada dos horas en invierno, informó el operador el lunes.
Los billetes se venden a bordo o en el quiosco junto a la lonja, donde se construyó una nueva sala de espera.
)",
         "La capitana del puerto Ana Vidal (izquierda)"},
        {"it", R"(Il Giornale del Porto
Apre una nuova linea di traghetti tra Valmare e Norby
Il primo traghetto della nuova linea è partito da Valmare lunedì mattina con più di duecento passeggeri a bordo.
Il comune aveva progettato la linea per sei anni, e il porto ha dovuto scavare due ormeggi per le navi più grandi.
La comandante del porto Anna Rossi (a sinistra) accoglie i primi passeggeri sul molo con il sindaco di Norby.
Le navi partiranno ogni ora in estate e ogni due ore in inverno, ha detto l'operatore lunedì.
I biglietti si comprano a bordo o al chiosco vicino al mercato del pesce, dove è stata costruita una sala d'attesa.
)",
         "La comandante del porto Anna Rossi (a sinistra)"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(captioned(a, r.caption));
        CHECK(std::none_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
            return std::any_of(s.paragraphs.begin(), s.paragraphs.end(),
                               [&](const std::string& p) { return p.starts_with(r.caption); });
        }));
    }
}

TEST_CASE("a party after a name or a gloss in parentheses leaves a paragraph a paragraph", "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* line; // a line of the text between paragraphs, with words in parentheses
    };
    const Row rows[] = {
        // A party's letter after a senator's name, without a full stop, is no place in a picture.
        {"en", "Senator John Roe (R) voted against the bill on Tuesday, saying the harbour could not pay for it."},
        // A word and its gloss: the word before the parenthesis is no name.
        {"en", "The sign on the left pier reads mae de (right) and the one on the other side reads ushiro."},
        // Positions of things, not of people in a picture: the word before is not capitalised.
        {"de", "Der Kran steht jetzt weiter hinten (links), damit die Fähren näher an die Mole fahren können."},
        {"fr", "Le nouveau ponton se trouve tout au bout du quai (à gauche), juste après la halle aux poissons."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.line);
        const std::string page = std::string("Harbour Weekly\nThe new ferry line\n") +
                                 "The first ferry of the new line left the pier on Monday with two hundred people.\n" +
                                 r.line + "\n" +
                                 "The boats will run every hour in summer and every two hours in winter, they said.\n";
        const Article a = classify(segment(page), r.lang);
        CHECK(in_body(a, r.line));
        CHECK_FALSE(pictured_position(r.line));
    }
    CHECK(pictured_position("Senator Ann Hill (right) greets the delegates."));
    CHECK(pictured_position("Anna Muster (v. l.) und Jane Roe am Kai"));
}

TEST_CASE("a caption telling where a person stands keeps the credit printed under it", "[classify][caption]") {
    const char* page = R"(Hafenblatt
Neue Fährlinie zwischen Wendel und Norby eröffnet
Die erste Fähre der neuen Linie hat Wendel am Montagmorgen mit mehr als zweihundert Fahrgästen verlassen.
Der Gemeinderat hatte die Linie sechs Jahre lang geplant, und der Hafen musste zwei Liegeplätze vertiefen.
Hafenmeisterin Lena Brandt (links) begrüßt die ersten Fahrgäste am Kai.
Foto: Jane Roe
Die Schiffe fahren im Sommer stündlich und im Winter alle zwei Stunden, teilte die Betreiberin am Montag mit.
Fahrkarten gibt es an Bord oder am Kiosk neben der Fischhalle, wo ein neuer Warteraum gebaut wurde.
)";
    const Article a = classify(segment(page), "de");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("Hafenmeisterin Lena Brandt (links) begrüßt die ersten Fahrgäste am Kai."));
    CHECK(a.media[0].credit == std::optional<std::string>("Foto: Jane Roe"));
}

TEST_CASE("a paragraph over the source of its text, a blank line between them, stays a paragraph", "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* head;      // the site's name, the headline and a first paragraph, blank lines between them
        const char* paragraph; // a short paragraph of the text
        const char* source;    // the source of that paragraph, under it after a blank line
        const char* tail;      // the next paragraph
    };
    const Row rows[] = {
        {"en",
         "Harbour Weekly\n\nThe new ferry line to Norby\n\nThe first ferry of the new line left the pier on Monday "
         "with two hundred people on board, the operator said.",
         "Ferries to Norby run every hour from May to September, and every two hours in winter.",
         "Source: Harbour Office of Wendle",
         "The boats were built at the yard of Wendle, which had to lengthen its slipway for them last spring."},
        {"de",
         "Hafenblatt\n\nDie neue Fährlinie nach Norby\n\nDie erste Fähre der neuen Linie hat Wendel am Montag mit "
         "zweihundert Fahrgästen verlassen, teilte die Betreiberin mit.",
         "Für die Fähre nach Norby gilt ab Montag eine Maskenpflicht auf allen Decks.", "Quelle: Landesregierung",
         "Die Schiffe wurden auf der Werft von Wendel gebaut, die dafür ihre Helling verlängern musste."},
        {"fr",
         "Le Courrier du Port\n\nLa nouvelle ligne de ferry vers Norby\n\nLe premier ferry de la nouvelle ligne a "
         "quitté Lorval lundi avec deux cents passagers, a indiqué l'exploitant.",
         "Les ferries pour Norby partent toutes les heures de mai à septembre.", "Source : Capitainerie de Lorval",
         "Les bateaux ont été construits au chantier de Lorval, qui a dû allonger sa cale pour eux."},
        {"es",
         "El Diario del Puerto\n\nLa nueva línea de ferri a Norby\n\nEl primer ferri de la nueva línea salió de "
         "Valdora el lunes con doscientos pasajeros, informó el operador.",
         "Los ferris a Norby salen cada hora de mayo a septiembre y cada dos horas en invierno.",
         "Fuente: Autoridad Portuaria de Valdora",
         "Los barcos se construyeron en el astillero de Valdora, que tuvo que alargar su grada para ellos."},
        {"it",
         "Il Giornale del Porto\n\nLa nuova linea di traghetti per Norby\n\nIl primo traghetto della nuova linea è "
         "partito da Valmare lunedì con duecento passeggeri, ha detto l'operatore.",
         "I traghetti per Norby partono ogni ora da maggio a settembre e ogni due ore in inverno.",
         "Fonte: Capitaneria di Valmare",
         "Le navi sono state costruite nel cantiere di Valmare, che ha dovuto allungare il suo scalo per loro."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const std::string page = std::string(r.head) + "\n\n" + r.paragraph + "\n\n" + r.source + "\n\n" + r.tail + "\n";
        const Article a = classify(segment(page), r.lang);
        check_paragraph(a, r.paragraph);
    }
    // A caption stands on the line over its source, with no blank line between them.
    const Article a = classify(segment("Hafenblatt\n\nNeue Fährlinie nach Norby\n\n"
                                       "Die erste Fähre der neuen Linie hat Wendel am Montag mit zweihundert "
                                       "Fahrgästen verlassen, teilte die Betreiberin mit.\n\n"
                                       "Die Schleuse von Wendel im Winter.\nQuelle: Jane Roe / Fotolia.com\n\n"
                                       "Die Schiffe wurden auf der Werft von Wendel gebaut, die dafür ihre Helling "
                                       "verlängern musste.\n"),
                               "de");
    CHECK(captioned(a, "Die Schleuse von Wendel im Winter."));
    CHECK(text_source_credit("Quelle: Landesregierung"));
    CHECK(text_source_credit("(Fuente: INE)"));
    CHECK_FALSE(text_source_credit("Foto: Jane Roe"));
    CHECK_FALSE(text_source_credit("Bildquelle: Hafenamt"));
}

TEST_CASE("the paragraphs between the credits of pictures set without captions stay paragraphs",
          "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* head;    // the site's name, the headline and the byline
        const char* credit;  // the credit printed under each picture
        const char* first;   // a paragraph of a sentence or two
        const char* second;  // another one
        const char* third;   // a longer paragraph under the last picture
    };
    const Row rows[] = {
        {"en", "Harbour Weekly\n\nWe marched with the ferry crews\n\nBy Tom Hill", "Photo: Jane Roe",
         "The march started late because of the rain, but by noon the square by the pier was full. Around "
         "three thousand people came along.",
         "The crews handed the mayor a list of twelve demands for the ferries, from shorter shifts to a second "
         "boat at night.",
         "Nobody from the operator came out to meet them, which many on the square took badly. The crews say "
         "they will walk again next Friday, and they ask everyone who takes the ferry to the island to bring a "
         "sign and a friend."},
        {"de", "Hafenblatt\n\nWir waren beim Marsch der Fährleute dabei\n\nVon Tom Hill", "Foto: Anna Muster",
         "Der Marsch begann wegen des Regens spät, doch am Mittag war der Platz an der Mole voll. Gekommen "
         "waren rund dreitausend Menschen.",
         "Die Fährleute übergaben der Bürgermeisterin eine Liste mit zwölf Forderungen, von kürzeren Schichten "
         "bis zu einem zweiten Schiff in der Nacht.",
         "Von der Reederei kam niemand heraus, um mit ihnen zu sprechen, was viele auf dem Platz übel nahmen. "
         "Die Fährleute wollen am nächsten Freitag wieder laufen und bitten alle, die mit der Fähre zur Insel "
         "fahren, ein Schild mitzubringen."},
        {"fr", "Le Courrier du Port\n\nNous avons marché avec les marins du ferry\n\nPar Tom Hill",
         "Photo : Jeanne Roux",
         "La marche a commencé en retard à cause de la pluie, mais à midi la place du port était pleine. "
         "Environ trois mille personnes sont venues.",
         "Les marins ont remis au maire une liste de douze demandes pour les ferries, des horaires plus courts "
         "à un second bateau la nuit.",
         "Personne de l'armateur n'est sorti pour les rencontrer, ce que beaucoup sur la place ont mal pris. "
         "Les marins marcheront de nouveau vendredi prochain, et ils demandent à tous ceux qui prennent le "
         "ferry pour l'île d'apporter une pancarte."},
        {"es", "El Diario del Puerto\n\nMarchamos con los marineros del ferri\n\nPor Tom Hill", "Foto: Ana Ruiz",
         "La marcha empezó tarde por la lluvia, pero a mediodía la plaza del muelle estaba llena. Vinieron "
         "unas tres mil personas.",
         "Los marineros entregaron a la alcaldesa una lista de doce demandas para los ferris, desde turnos más "
         "cortos hasta un segundo barco de noche.",
         "Nadie de la naviera salió a recibirlos, algo que muchos en la plaza tomaron a mal. Los marineros "
         "volverán a marchar el próximo viernes y piden a todos los que toman el ferri a la isla que traigan "
         "un cartel."},
        {"it", "Il Giornale del Porto\n\nAbbiamo marciato con i marinai del traghetto\n\nDi Tom Hill",
         "Foto: Anna Rossi",
         "La marcia è partita tardi per la pioggia, ma a mezzogiorno la piazza del molo era piena. Sono venute "
         "circa tremila persone.",
         "I marinai hanno consegnato al sindaco una lista di dodici richieste per i traghetti, dai turni più "
         "brevi a una seconda nave di notte.",
         "Nessuno dell'armatore è uscito a incontrarli, cosa che molti in piazza hanno preso male. I marinai "
         "marceranno di nuovo venerdì prossimo e chiedono a tutti quelli che prendono il traghetto per l'isola "
         "di portare un cartello."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const std::string credit = std::string("\n\n") + r.credit + "\n\n";
        const std::string page =
            std::string(r.head) + credit + r.first + credit + r.second + credit + r.third + "\n";
        const Article a = classify(segment(page), r.lang);
        CHECK((a.lede == std::string(r.first) || in_body(a, r.first))); // (the first paragraph may stand as the lede)
        check_paragraph(a, r.second);
        CHECK(in_body(a, r.third));
        CHECK_FALSE(captioned(a, r.first));
    }
    // Captions over their credits, the first picture's too, stay captions; so do the lines between credits when the
    // run ends with a short line (captions printed under the credits).
    const std::string credit = "\n\nFoto: Anna Muster\n\n";
    const std::string tail = "Von der Reederei kam niemand heraus, um mit ihnen zu sprechen, was viele auf dem "
                             "Platz übel nahmen. Die Fährleute wollen am nächsten Freitag wieder laufen und bitten "
                             "alle, ein Schild mitzubringen.";
    const Article over = classify(segment("Hafenblatt\n\nWir waren beim Marsch der Fährleute dabei\n\n"
                                          "Die Fährleute vor der Mole von Wendel." + credit +
                                          "Die Reederin Anna Muster am Steuer der Fähre." + credit +
                                          "Die neue Fähre im Hafen von Wendel." + credit + tail + "\n"),
                                  "de");
    CHECK(captioned(over, "Die Reederin Anna Muster am Steuer der Fähre."));
    CHECK(captioned(over, "Die neue Fähre im Hafen von Wendel."));
    const Article under = classify(segment("Hafenblatt\n\nWir waren beim Marsch der Fährleute dabei\n\n"
                                           "Von Tom Hill" + credit +
                                           "Die Fährleute vor der Mole von Wendel." + credit +
                                           "Die Reederin Anna Muster am Steuer der Fähre." + credit +
                                           "Die neue Fähre im Hafen von Wendel.\n\n" + tail + "\n"),
                                   "de");
    CHECK(captioned(under, "Die Fährleute vor der Mole von Wendel."));
}

TEST_CASE("a short paragraph over a credit printed alike under a long paragraph elsewhere stays a paragraph",
          "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* head;   // the site's name, the headline and the byline
        const char* credit; // the credit printed under each chart
        const char* first;  // a long paragraph over the first chart
        const char* second; // a long paragraph under it
        const char* short_; // a short paragraph closing that part, over the second chart
        const char* last;   // the paragraph under the second chart
    };
    const Row rows[] = {
        {"en", "Harbour Weekly\n\nFerries carry more people than ever\n\nBy Tom Hill", "Photo: Jane Roe",
         "The ferries of Wendle carried more people last year than in any year before, and the operator expects the "
         "number to grow again this summer, when the new boats join the line to the island.",
         "Most of the new passengers are commuters who left their cars on the mainland after the bridge tolls were "
         "raised, the operator said, and many of them now take the first boat of the morning.",
         "Cargo ferries, by contrast, carried fewer lorries than the year before.",
         "The operator wants to add a night boat next year, once the crews have agreed to the new timetable and the "
         "pier at Norby has been lengthened for the larger boats."},
        {"de", "Hafenblatt\n\nDie Fähren fahren so voll wie nie\n\nVon Tom Hill", "Foto: Anna Muster",
         "Die Fähren von Wendel haben im vergangenen Jahr so viele Menschen befördert wie nie zuvor, und die "
         "Reederei rechnet in diesem Sommer mit noch mehr, wenn die neuen Schiffe auf die Linie zur Insel kommen.",
         "Die meisten neuen Fahrgäste sind Pendler, die ihr Auto seit der höheren Brückenmaut auf dem Festland "
         "lassen, sagte die Reederei, und viele von ihnen nehmen nun das erste Schiff am Morgen.",
         "Die Frachtfähren dagegen brachten weniger Lastwagen über als im Jahr davor.",
         "Die Reederei will im nächsten Jahr ein Nachtschiff einsetzen, sobald die Besatzungen dem neuen Fahrplan "
         "zugestimmt haben und die Mole in Norby für die größeren Schiffe verlängert ist."},
        {"fr", "Le Courrier du Port\n\nLes ferries n'ont jamais été aussi pleins\n\nPar Tom Hill",
         "Photo : Jeanne Roux",
         "Les ferries de Lorval ont transporté l'an dernier plus de passagers que jamais, et l'armateur s'attend à "
         "une nouvelle hausse cet été, quand les nouveaux bateaux rejoindront la ligne de l'île.",
         "La plupart des nouveaux passagers sont des navetteurs qui laissent leur voiture sur le continent depuis la "
         "hausse du péage du pont, a indiqué l'armateur, et beaucoup prennent le premier bateau du matin.",
         "Les ferries de fret, eux, ont transporté moins de camions que l'année d'avant.",
         "L'armateur veut ajouter un bateau de nuit l'an prochain, une fois que les équipages auront accepté le "
         "nouvel horaire et que la jetée de Norby aura été allongée pour les grands bateaux."},
        {"es", "El Diario del Puerto\n\nLos ferris nunca fueron tan llenos\n\nPor Tom Hill", "Foto: Ana Ruiz",
         "Los ferris de Valdora transportaron el año pasado a más personas que nunca, y la naviera espera que la "
         "cifra vuelva a crecer este verano, cuando los nuevos barcos se sumen a la línea de la isla.",
         "La mayoría de los nuevos pasajeros son trabajadores que dejan el coche en tierra firme desde que subió el "
         "peaje del puente, dijo la naviera, y muchos toman ahora el primer barco de la mañana.",
         "Los ferris de carga, en cambio, llevaron menos camiones que el año anterior.",
         "La naviera quiere añadir un barco nocturno el año próximo, cuando las tripulaciones acepten el nuevo "
         "horario y se haya alargado el muelle de Norby para los barcos más grandes."},
        {"it", "Il Giornale del Porto\n\nI traghetti non sono mai stati così pieni\n\nDi Tom Hill", "Foto: Anna Rossi",
         "I traghetti di Valmare hanno trasportato l'anno scorso più persone che mai, e l'armatore si aspetta una "
         "nuova crescita quest'estate, quando le nuove navi entreranno sulla linea per l'isola di Norby.",
         "La maggior parte dei nuovi passeggeri sono pendolari che lasciano l'auto sulla terraferma da quando è "
         "salito il pedaggio del ponte, ha detto l'armatore, e molti prendono ora la prima nave del mattino.",
         "I traghetti merci, invece, hanno portato meno camion dell'anno prima.",
         "L'armatore vuole aggiungere una nave notturna l'anno prossimo, quando gli equipaggi avranno accettato il "
         "nuovo orario e il molo di Norby sarà stato allungato per le navi più grandi."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const std::string credit = std::string("\n\n") + r.credit + "\n\n";
        const std::string page = std::string(r.head) + "\n\n" + r.first + credit + r.second + "\n\n" + r.short_ +
                                 credit + r.last + "\n";
        const Article a = classify(segment(page), r.lang);
        check_paragraph(a, r.short_);
    }
    // A credit printed alike under a caption elsewhere leaves the short line over it a caption.
    const Article a = classify(segment("Hafenblatt\n\nDie Fähren fahren so voll wie nie\n\nVon Tom Hill\n\n"
                                       "Die neue Fähre im Hafen von Wendel.\n\nFoto: Anna Muster\n\n"
                                       "Die meisten neuen Fahrgäste sind Pendler, die ihr Auto seit der höheren "
                                       "Brückenmaut auf dem Festland lassen, sagte die Reederei, und viele von ihnen "
                                       "nehmen nun das erste Schiff am Morgen.\n\n"
                                       "Die Reederin Anna Muster am Steuer der Fähre.\n\nFoto: Anna Muster\n\n"
                                       "Die Reederei will im nächsten Jahr ein Nachtschiff einsetzen, sobald die "
                                       "Besatzungen dem neuen Fahrplan zugestimmt haben.\n"),
                               "de");
    CHECK(captioned(a, "Die Reederin Anna Muster am Steuer der Fähre."));
}
