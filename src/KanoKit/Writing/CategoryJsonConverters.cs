using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KanoKit.Writing;

/// <summary>Writes category counts as <c>{"A": …, "O": …, "M": …, "I": …, "R": …, "Q": …}</c> (schema v1) and reads them back.</summary>
internal sealed class CategoryCountsJsonConverter : JsonConverter<CategoryCounts>
{
    public override CategoryCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = CategoryJson.ReadObject(ref reader, static (ref Utf8JsonReader r) => r.GetInt64());
        try
        {
            return new CategoryCounts(values.A, values.O, values.M, values.I, values.R, values.Q);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new JsonException("Category counts are never negative.");
        }
    }

    public override void Write(Utf8JsonWriter writer, CategoryCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var category in KanoCategories.All)
        {
            writer.WriteNumber(CategoryJson.Name(category), value[category]);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes one value per category as an object keyed by category letter (schema v1) and reads it back.</summary>
/// <typeparam name="T">The value type, written with the serializer's own metadata for it.</typeparam>
internal sealed class CategoryValuesJsonConverter<T> : JsonConverter<CategoryValues<T>>
{
    public override CategoryValues<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var values = new T[KanoCategories.Count];
        var seen = new bool[KanoCategories.Count];
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object keyed by category letters A, O, M, I, R, Q.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var category = CategoryJson.Category(ref reader);
            reader.Read();
            values[(int)category] = JsonSerializer.Deserialize(ref reader, info)!;
            seen[(int)category] = true;
        }

        CategoryJson.RequireAll(seen);
        return new CategoryValues<T>(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    public override void Write(Utf8JsonWriter writer, CategoryValues<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartObject();
        foreach (var category in KanoCategories.All)
        {
            writer.WritePropertyName(CategoryJson.Name(category));
            JsonSerializer.Serialize(writer, value[category], info);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes an <see cref="EquatableArray{T}"/> as a JSON array and reads it back.</summary>
/// <typeparam name="T">The element type, written with the serializer's own metadata for it.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array.");
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException("An array element is null."));
        }

        return items.ToEquatableArray();
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}

/// <summary>The category letters as JSON property names: the one place schema v1 spells them.</summary>
internal static class CategoryJson
{
    public delegate TValue ValueReader<TValue>(ref Utf8JsonReader reader);

    public static string Name(KanoCategory category) => category.Letter().ToString();

    public static KanoCategory Category(ref Utf8JsonReader reader)
    {
        string? name = reader.GetString();
        if (name is not { Length: 1 } || !KanoCategories.TryFromLetter(name[0], out var category) || !char.IsUpper(name[0]))
        {
            throw new JsonException($"'{name}' is not a category letter (expected A, O, M, I, R or Q).");
        }

        return category;
    }

    public static CategoryValues<TValue> ReadObject<TValue>(ref Utf8JsonReader reader, ValueReader<TValue> read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object keyed by category letters A, O, M, I, R, Q.");
        }

        var values = new TValue[KanoCategories.Count];
        var seen = new bool[KanoCategories.Count];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var category = Category(ref reader);
            reader.Read();
            values[(int)category] = read(ref reader);
            seen[(int)category] = true;
        }

        RequireAll(seen);
        return new CategoryValues<TValue>(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    public static void RequireAll(bool[] seen)
    {
        if (Array.IndexOf(seen, false) is int missing and >= 0)
        {
            throw new JsonException($"Category {((KanoCategory)missing).Letter()} is missing (expected all of A, O, M, I, R, Q).");
        }
    }
}
