// Test harness for the generated Java models (driven by test/clients.test.ts).
//
//   java Harness decode <snapshots-dir>   one JSON line per manifest file: decoded and re-encoded, or the error
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import opensymphony.control.Models;

public final class Harness {
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        File dir = new File(args[1]);
        JsonNode manifest = mapper.readTree(new File(dir, "manifest.json"));
        for (String group : new String[] {"valid", "invalid"}) {
            for (JsonNode entry : manifest.get(group)) {
                String file = entry.get("file").textValue();
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("file", file);
                try {
                    Models.DaemonSnapshot snapshot = Models.DaemonSnapshot.decode(mapper.readTree(new File(dir, file)), "");
                    record.put("ok", true);
                    record.put("encoded", snapshot.encode(mapper));
                } catch (Models.DecodeException error) {
                    record.put("ok", false);
                    record.put("error", error.getMessage());
                }
                System.out.println(mapper.writeValueAsString(record));
            }
        }
    }
}
