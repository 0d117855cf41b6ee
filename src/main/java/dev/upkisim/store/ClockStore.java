package dev.upkisim.store;

import dev.upkisim.clock.ClockState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulated clock's state ({@code clock_state}), saved on every change so a restart continues the same
 * simulated timeline: a frozen clock stays where it stood, a running one has run on while upki-sim was down.
 */
public final class ClockStore {
    private final Database database;

    public ClockStore(Database database) {
        this.database = database;
    }

    public Optional<ClockState> load() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT sim_anchor, wall_anchor, speed, frozen FROM clock_state WHERE id = 1");
                 ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ClockState(Instant.parse(result.getString(1)), Instant.parse(result.getString(2)),
                        result.getDouble(3), result.getInt(4) != 0));
            }
        });
    }

    public void save(ClockState state) {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO clock_state (id, sim_anchor, wall_anchor, speed, frozen) VALUES (1, ?, ?, ?, ?)")) {
                upsert.setString(1, state.simAnchor().toString());
                upsert.setString(2, state.wallAnchor().toString());
                upsert.setDouble(3, state.speed());
                upsert.setInt(4, state.frozen() ? 1 : 0);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
