using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ChatBot.Tests.Architecture;

/// <summary>
/// Which namespaces (folders) of one compiled library use which others: read from signatures, attributes and method
/// bodies, so a dependency counts whether or not a <c>using</c> names it.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedSet<string>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph()
    {
    }

    public IReadOnlyDictionary<string, SortedSet<string>> Edges => edges;

    public static NamespaceGraph Read(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var module = assembly.MainModule;
        var root = assembly.Name.Name;
        var own = module.Types
            .Where(t => string.Equals(t.Namespace, root, StringComparison.Ordinal) || t.Namespace.StartsWith(root + ".", StringComparison.Ordinal))
            .ToDictionary(t => t.FullName, t => t.Namespace, StringComparer.Ordinal);
        var graph = new NamespaceGraph();
        foreach (var type in module.Types.Where(t => own.ContainsKey(t.FullName)))
        {
            var from = type.Namespace;
            var uses = graph.edges.TryGetValue(from, out var set) ? set : graph.edges[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type))
            {
                if (own.TryGetValue(TopLevel(used).FullName, out var to) && !string.Equals(to, from, StringComparison.Ordinal)) uses.Add(to);
            }
        }

        return graph;
    }

    /// <summary>Groups of namespaces that reach each other (strongly connected components with more than one member).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (!string.Equals(member, node, StringComparison.Ordinal));
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        if (type.BaseType is { } baseType) foreach (var t in Flatten(baseType)) yield return t;
        foreach (var i in type.Interfaces) foreach (var t in Flatten(i.InterfaceType)) yield return t;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var f in type.Fields) foreach (var t in Flatten(f.FieldType)) yield return t;
        foreach (var p in type.Properties) foreach (var t in Flatten(p.PropertyType)) yield return t;
        foreach (var m in type.Methods) foreach (var t in Referenced(m)) yield return t;
        foreach (var nested in type.NestedTypes) foreach (var t in Referenced(nested)) yield return t;
    }

    private static IEnumerable<TypeReference> Referenced(MethodDefinition method)
    {
        foreach (var t in Flatten(method.ReturnType)) yield return t;
        foreach (var p in method.Parameters) foreach (var t in Flatten(p.ParameterType)) yield return t;
        foreach (var a in method.CustomAttributes) yield return a.AttributeType;
        if (!method.HasBody) yield break;
        foreach (var v in method.Body.Variables) foreach (var t in Flatten(v.VariableType)) yield return t;
        foreach (var instruction in method.Body.Instructions)
        {
            var found = instruction.Operand switch
            {
                TypeReference t => Flatten(t),
                GenericInstanceMethod g => Flatten(g.DeclaringType).Concat(g.GenericArguments.SelectMany(Flatten)),
                MemberReference m => Flatten(m.DeclaringType),
                _ => [],
            };
            foreach (var t in found) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Flatten(generic.ElementType)) yield return t;
                foreach (var t in generic.GenericArguments.SelectMany(Flatten)) yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Flatten(spec.ElementType)) yield return t;
                break;
            default:
                yield return type;
                break;
        }
    }

    private static TypeReference TopLevel(TypeReference type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }
}
