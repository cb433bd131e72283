using System.Text.Json.Serialization;

namespace Lantern.Actions;

/// <summary>What a call to action asks for, from least to most severe (the order is used to rank calls).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionClass>))]
public enum ActionClass
{
    /// <summary>Democratic, lawful action: vote, protest peacefully, sign, call your representative, donate.</summary>
    [JsonStringEnumMemberName("civic")]
    Civic,

    /// <summary>Exclusion or hostility towards people: boycott, expel, deport, shun, hate, silence.</summary>
    [JsonStringEnumMemberName("hostile")]
    Hostile,

    /// <summary>Violence: fight, kill, burn, take up arms, wage war, armed struggle.</summary>
    [JsonStringEnumMemberName("violent")]
    Violent,
}
